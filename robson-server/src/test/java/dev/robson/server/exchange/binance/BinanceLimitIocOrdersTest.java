package dev.robson.server.exchange.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.exchange.binance.fake.FakeBinanceFixture;
import dev.robson.server.exchange.binance.fake.ReceivedOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LIMIT IOC orders, the entries of planned operations: they take what the book offers at or
 * better than their price and cancel the rest at once, which Binance reports as EXPIRED with
 * whatever did execute (its order status enum: "LIMIT IOC or MARKET orders that partially fill").
 */
class BinanceLimitIocOrdersTest extends FakeBinanceFixture {

    private static final String SECRET = "ioc-secret-that-must-never-leak-123456789";

    private final BinanceClient client = newClient(Duration.ofMillis(300));
    private final HmacCredentials key = newHmacKey("ioc-key", SECRET);

    BinanceLimitIocOrdersTest() {
        binance.setBalance("ioc-key", "USDC", "1000", "0");
        binance.setCommissionRate("0.001");
    }

    @Test
    void whenTheAskIsAtOrBelowTheLimitTheWholeOrderFillsThere() {
        binance.setBook("BTCUSDC", "89999.00", "90000.00");

        OrderResult order = buy("0.00824", "90045.00", "entry-1");

        assertThat(order.status()).isEqualTo("FILLED");
        assertThat(order.executedQty()).isEqualByComparingTo("0.00824");
        // 0.00824 × 90000.00 = 741.60, the fee 0.1 % of 0.00824 in BTC.
        assertThat(order.cummulativeQuoteQty()).isEqualByComparingTo("741.60");
        assertThat(order.fills()).singleElement().satisfies(fill -> {
            assertThat(fill.commission()).isEqualByComparingTo("0.00000824");
            assertThat(fill.commissionAsset()).isEqualTo("BTC");
        });
        assertThat(binance.freeBalance("ioc-key", "USDC")).isEqualByComparingTo("258.40");
        assertThat(binance.freeBalance("ioc-key", "BTC")).isEqualByComparingTo("0.00823176");
        assertThat(binance.orders()).singleElement().satisfies(received -> {
            assertThat(received.type()).isEqualTo("LIMIT");
            assertThat(received.timeInForce()).isEqualTo("IOC");
            assertThat(received.limitPrice()).isEqualByComparingTo("90045.00");
        });
    }

    @Test
    void whenTheBookHoldsLessAtOrBelowTheLimitThePartIsBoughtAndTheRestExpires() {
        binance.setBookLevels("BTCUSDC", List.of("89999.00@1"), List.of("90000.00@0.003", "90100.00@1"));

        OrderResult order = buy("0.00824", "90045.00", "entry-2");

        assertThat(order.status()).isEqualTo("EXPIRED");
        assertThat(order.executedQty()).isEqualByComparingTo("0.003");
        assertThat(order.cummulativeQuoteQty()).isEqualByComparingTo("270.00");
        // 1000 − 0.003 × 90000.00; nothing traded at 90100.00, above the limit.
        assertThat(binance.freeBalance("ioc-key", "USDC")).isEqualByComparingTo("730.00");
    }

    @Test
    void whenEveryAskIsAboveTheLimitNothingIsBoughtAndTheOrderExpires() {
        binance.setBook("BTCUSDC", "90099.00", "90100.00");

        OrderResult order = buy("0.00824", "90045.00", "entry-3");

        assertThat(order.status()).isEqualTo("EXPIRED");
        assertThat(order.executedQty()).isEqualByComparingTo("0");
        assertThat(order.fills()).isEmpty();
        assertThat(binance.freeBalance("ioc-key", "USDC")).isEqualByComparingTo("1000");
        assertThat(client.queryOrder(key, "BTCUSDC", "entry-3"))
                .hasValueSatisfying(found -> assertThat(found.status()).isEqualTo("EXPIRED"));
    }

    @Test
    void whenTheBalanceCannotCoverTheOrderAtItsPriceItIsRefusedBeforeTrading() {
        binance.setBook("BTCUSDC", "89999.00", "90000.00");

        // 0.012 × 90045.00 = 1080.54 > 1000, although 0.012 × 90000.00 = 1080.00 would not fit either.
        assertThatThrownBy(() -> buy("0.012", "90045.00", "entry-4"))
                .isInstanceOf(ExchangeRejected.class)
                .hasMessageContaining("-2010");
        assertThat(binance.orders()).isEmpty();
    }

    @Test
    void whenThePriceIsOffTheTickTheFilterRefusesIt() {
        binance.setBook("BTCUSDC", "89999.00", "90000.00");

        assertThatThrownBy(() -> buy("0.00824", "90045.005", "entry-5"))
                .isInstanceOf(ExchangeRejected.class)
                .hasMessageContaining("PRICE_FILTER");
        assertThat(binance.orders()).extracting(ReceivedOrder::clientOrderId).isEmpty();
    }

    @Test
    void whenTheEntryIsFilledButItsAnswerIsUnreadableTheOutcomeIsUnknownAndTheLookupFindsTheFill() {
        binance.setBook("BTCUSDC", "89999.00", "90000.00");
        binance.malformedNext(1);

        assertThatThrownBy(() -> buy("0.00824", "90045.00", "entry-9")).isInstanceOf(OrderUnanswered.class);

        assertThat(client.queryOrder(key, "BTCUSDC", "entry-9")).hasValueSatisfying(order -> {
            assertThat(order.status()).isEqualTo("FILLED");
            assertThat(order.executedQty()).isEqualByComparingTo("0.00824");
        });
        // 1000 − 0.00824 × 90000.00 = 258.40: bought once, whatever the answer looked like.
        assertThat(binance.freeBalance("ioc-key", "USDC")).isEqualByComparingTo("258.40");
        assertThat(binance.orders()).hasSize(1);
    }

    @Test
    void anUnreadableAnswerArrangedForTheNextOrderSparesTheCallsBeforeIt() {
        binance.setBook("BTCUSDC", "89999.00", "90000.00");
        binance.unreadableAnswerNextOrder();

        // A read between arranging and ordering is answered in full, unlike malformedNext.
        assertThat(client.bookTicker("BTCUSDC").askPrice()).isEqualByComparingTo("90000.00");
        assertThatThrownBy(() -> buy("0.00824", "90045.00", "entry-10"))
                .isInstanceOf(OrderUnanswered.class)
                .hasMessageContaining("entry-10");

        assertThat(client.queryOrder(key, "BTCUSDC", "entry-10")).hasValueSatisfying(order -> {
            assertThat(order.status()).isEqualTo("FILLED");
            assertThat(order.executedQty()).isEqualByComparingTo("0.00824");
        });
        // Filled and settled as Binance would, commission included: 0.00824 less 0.00000824 BTC.
        assertThat(binance.freeBalance("ioc-key", "USDC")).isEqualByComparingTo("258.40");
        assertThat(binance.freeBalance("ioc-key", "BTC")).isEqualByComparingTo("0.00823176");
        assertThat(binance.orders()).hasSize(1);
    }

    private OrderResult buy(String quantity, String price, String clientOrderId) {
        return client.placeLimitIocOrder(
                key, "BTCUSDC", "BUY", new BigDecimal(quantity), new BigDecimal(price), clientOrderId);
    }
}
