package dev.robson.server.exchange.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.robson.server.exchange.binance.fake.FakeBinanceFixture;
import dev.robson.server.exchange.binance.fake.ReceivedOrder;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** MARKET orders: filled, refused, or of unknown outcome, and found again by client order id. */
class BinanceOrdersTest extends FakeBinanceFixture {

    private static final String SECRET = "order-secret-that-must-never-leak-987654321";

    private final BinanceClient client = newClient(Duration.ofMillis(300));
    private final HmacCredentials key = newHmacKey("trader-key", SECRET);

    BinanceOrdersTest() {
        binance.setBalance("trader-key", "BTC", "0.01", "0");
        binance.setBalance("trader-key", "USDC", "1000", "0");
        binance.setBook("BTCUSDC", "89245.00", "89245.01");
    }

    @Test
    void whenBuyingAtMarketThenItFillsAtTheAskWithFillsAndAnAveragePrice() {
        OrderResult order = client.placeMarketOrder(key, "BTCUSDC", "BUY", new BigDecimal("0.00033"), "open-1");

        assertThat(order.status()).isEqualTo("FILLED");
        assertThat(order.clientOrderId()).isEqualTo("open-1");
        assertThat(order.origQty()).isEqualTo(new BigDecimal("0.00033000"));
        assertThat(order.executedQty()).isEqualTo(new BigDecimal("0.00033000"));
        assertThat(order.cummulativeQuoteQty()).isEqualTo(new BigDecimal("29.45085330"));
        assertThat(order.fills()).singleElement().satisfies(fill -> {
            assertThat(fill.price()).isEqualTo(new BigDecimal("89245.01000000"));
            assertThat(fill.qty()).isEqualTo(new BigDecimal("0.00033000"));
            assertThat(fill.commissionAsset()).isEqualTo("BTC");
        });
        assertThat(order.averagePrice()).isEqualByComparingTo("89245.01");
        assertThat(binance.freeBalance("trader-key", "USDC")).isEqualByComparingTo("970.54914670");
        assertThat(binance.orders())
                .extracting(ReceivedOrder::side, ReceivedOrder::clientOrderId)
                .containsExactly(tuple("BUY", "open-1"));
    }

    @Test
    void whenSellingAtMarketThenItFillsAtTheBidAndTheQuantityIsSentPlain() {
        OrderResult order = client.placeMarketOrder(key, "BTCUSDC", "SELL", new BigDecimal("0.0010000"), "close-1");

        assertThat(order.fills())
                .singleElement()
                .extracting(OrderResult.Fill::price)
                .isEqualTo(new BigDecimal("89245.00000000"));
        assertThat(binance.orders())
                .singleElement()
                .extracting(ReceivedOrder::origQty)
                .isEqualTo(new BigDecimal("0.001"));
        assertThat(binance.freeBalance("trader-key", "BTC")).isEqualByComparingTo("0.009");
    }

    @Test
    void whenTheOrderTimesOutAfterBinanceTookItThenTheOutcomeIsUnknownAndTheQueryFindsItFilled() {
        binance.timeOutNextOrder();
        long started = System.nanoTime();

        assertThatThrownBy(() -> client.placeMarketOrder(key, "BTCUSDC", "SELL", new BigDecimal("0.00033"), "close-7"))
                .isInstanceOfSatisfying(OrderUnanswered.class, unknown -> {
                    assertThat(unknown.clientOrderId()).isEqualTo("close-7");
                    assertThat(unknown.symbol()).isEqualTo("BTCUSDC");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));

        Optional<OrderResult> found = client.queryOrder(key, "BTCUSDC", "close-7");

        assertThat(found).hasValueSatisfying(order -> {
            assertThat(order.status()).isEqualTo("FILLED");
            assertThat(order.executedQty()).isEqualTo(new BigDecimal("0.00033000"));
            assertThat(order.fills()).isEmpty();
            assertThat(order.averagePrice()).isEqualByComparingTo("89245.00");
        });
        assertThat(binance.calls("POST /api/v3/order")).isEqualTo(1);
        assertThat(binance.orders()).hasSize(1);
    }

    @Test
    void whenBinanceAnswers5xxToAnOrderThenTheOutcomeIsUnknownNotFailed() {
        binance.failNextOrder(503);

        assertThatThrownBy(() -> client.placeMarketOrder(key, "BTCUSDC", "SELL", new BigDecimal("0.00033"), "close-8"))
                .isInstanceOf(OrderUnanswered.class)
                .hasMessageContaining("close-8");
        assertThat(client.queryOrder(key, "BTCUSDC", "close-8")).isPresent();
    }

    @Test
    void whenAGatewayFailsTheOrderBeforeBinanceSeesItThenTheOutcomeIsStillUnknown() {
        binance.failNext(1, 502);

        assertThatThrownBy(() -> client.placeMarketOrder(key, "BTCUSDC", "SELL", new BigDecimal("0.00033"), "close-9"))
                .isInstanceOf(OrderUnanswered.class);
        assertThat(client.queryOrder(key, "BTCUSDC", "close-9")).isEmpty();
    }

    @Test
    void whenBinancesBackendTimesOutThenTheOutcomeIsUnknown() {
        binance.backendTimeoutNextOrder();

        assertThatThrownBy(() -> client.placeMarketOrder(key, "BTCUSDC", "BUY", new BigDecimal("0.00033"), "open-2"))
                .isInstanceOf(OrderUnanswered.class);
    }

    @Test
    void whenTheConnectionDropsAfterSendingThenTheOutcomeIsUnknown() {
        binance.dropNextOrderConnection();

        assertThatThrownBy(() -> client.placeMarketOrder(key, "BTCUSDC", "BUY", new BigDecimal("0.00033"), "open-3"))
                .isInstanceOf(OrderUnanswered.class);
        assertThat(binance.calls("POST /api/v3/order")).isEqualTo(1);
    }

    @Test
    void whenTheOrderAnswerIsNotJsonThenTheOutcomeIsUnknown() {
        binance.malformedNext(1);

        assertThatThrownBy(() -> client.placeMarketOrder(key, "BTCUSDC", "BUY", new BigDecimal("0.00033"), "open-4"))
                .isInstanceOf(OrderUnanswered.class);
    }

    @Test
    void whenBinanceCannotBeConnectedToThenTheOrderCertainlyWasNotSent() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        var nowhere = new BinanceClient(BinanceSettings.defaults(closedPort), http, Clock.systemUTC());

        assertThatThrownBy(() -> nowhere.placeMarketOrder(key, "BTCUSDC", "BUY", new BigDecimal("0.00033"), "open-5"))
                .isInstanceOf(ExchangeUnavailable.class);
    }

    @Test
    void whenQueryingAnIdBinanceNeverSawThenEmpty() {
        assertThat(client.queryOrder(key, "BTCUSDC", "never-sent")).isEmpty();
    }

    @Test
    void whenTheClientOrderIdRepeatsThenBinanceRejectsTheDuplicate() {
        client.placeMarketOrder(key, "BTCUSDC", "BUY", new BigDecimal("0.00033"), "open-6");

        assertThatThrownBy(() -> client.placeMarketOrder(key, "BTCUSDC", "BUY", new BigDecimal("0.00033"), "open-6"))
                .isInstanceOfSatisfying(ExchangeRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(-2010);
                    assertThat(rejected.reason()).isEqualTo("Duplicate order sent.");
                });
        assertThat(binance.orders()).hasSize(1);
    }

    @Test
    void whenTheBookCannotFillItAllThenExecutedIsBelowOriginalAndAveragedOverWhatFilled() {
        binance.partiallyFillNextOrder("0.0002", "EXPIRED");

        OrderResult order = client.placeMarketOrder(key, "BTCUSDC", "SELL", new BigDecimal("0.00033"), "close-10");

        assertThat(order.status()).isEqualTo("EXPIRED");
        assertThat(order.executedQty()).isEqualTo(new BigDecimal("0.00020000"));
        assertThat(order.origQty()).isEqualTo(new BigDecimal("0.00033000"));
        assertThat(order.averagePrice()).isEqualByComparingTo("89245.00");
    }

    @Test
    void whenTheClockDriftedThenTheOrderIsRetriedOnceAndPlacedOnce() {
        binance.clockSkewNext();

        OrderResult order = client.placeMarketOrder(key, "BTCUSDC", "BUY", new BigDecimal("0.00033"), "open-7");

        assertThat(order.status()).isEqualTo("FILLED");
        assertThat(binance.calls("POST /api/v3/order")).isEqualTo(2);
        assertThat(binance.orders()).hasSize(1);
    }

    @Test
    void whenBannedThenTheOrderIsNotSent() {
        binance.rateLimitNext(429, 60);
        assertThatThrownBy(() -> client.serverTimeMs()).isInstanceOf(ExchangeRateLimited.class);

        assertThatThrownBy(() -> client.placeMarketOrder(key, "BTCUSDC", "BUY", new BigDecimal("0.00033"), "open-8"))
                .isInstanceOf(ExchangeRateLimited.class);
        assertThat(binance.calls("/api/v3/order")).isZero();
    }

    @Test
    void whenTheBalanceDoesNotCoverItThenBinanceRefusesAndNothingFills() {
        assertThatThrownBy(() -> client.placeMarketOrder(key, "BTCUSDC", "SELL", new BigDecimal("1"), "close-11"))
                .isInstanceOfSatisfying(
                        ExchangeRejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(-2010))
                .message()
                .doesNotContain(SECRET);
        assertThat(binance.orders()).isEmpty();
    }

    @Test
    void whenNothingExecutedThenThereIsNoAveragePrice() {
        var nothing = new OrderResult(
                "BTCUSDC", 1, "x", "EXPIRED", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null, null);
        var some = new OrderResult(
                "BTCUSDC",
                1,
                "x",
                "FILLED",
                BigDecimal.ONE,
                new BigDecimal("3"),
                BigDecimal.ONE,
                List.of(),
                null,
                null);

        assertThat(nothing.averagePrice()).isNull();
        assertThat(some.averagePrice()).isEqualTo(BigDecimal.ONE.divide(new BigDecimal("3"), MathContext.DECIMAL128));
    }
}
