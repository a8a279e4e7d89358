package dev.robson.server.exchange.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.closing.OperationCloser;
import dev.robson.server.exchange.Eventually;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.TestTenants;
import dev.robson.server.symbols.SymbolCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Live trading with the book-ticker stream. The fake Binance's REST book stays on the safe side
 * of every stop unless a test moves it, so when an order arrives after a crossing price went out
 * on the stream only, the stream is what closed the position.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:robson-stream;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "robson.trading=live",
            "robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "robson.closing.settling-time=0s",
            // Quicker to notice a new operation (2 s in production; the REST tick covers the gap).
            "robson.binance.stream.resync=100ms",
            "robson.binance.stream.backoff-max=1s"
        })
class StreamedStopsTest extends StreamScenario {

    /** From a crossing price on the stream to the order at the exchange. */
    private static final Duration REACTION = Duration.ofSeconds(1);
    /** Lease (first tick), resync and connection: a few seconds at the very most. */
    private static final Duration FOLLOWING = Duration.ofSeconds(5);

    @Autowired
    OperationRepository operations;

    @Autowired
    OperationCloser closer;

    @Autowired
    BookTickerStream stream;

    @Autowired
    MeterRegistry meters;

    @Autowired
    QuoteSource quotes;

    @Autowired
    SymbolCatalog symbols;

    TestTenants.Trader trader;

    @BeforeEach
    void tenantWithKeysAndCalmMarkets() {
        trader = tenants.newTrader("stream");
        String apiKey = newKey(trader);
        binance.setBalance(apiKey, "BTC", "1", "0");
        binance.setBalance(apiKey, "ETH", "10", "0");
        binance.setBook("BTCUSDC", "89245.00", "89245.01");
        binance.setBook("BTCUSDT", "89240.00", "89240.01");
    }

    /** Whatever a test left open is closed, and the stream hangs up: the next test starts from nothing watched. */
    @AfterEach
    void closeLeftovers() {
        operations.findAllByStatus(OperationStatus.ACTIVE).stream()
                .filter(operation -> operation.tenantId() == trader.tenantId())
                .forEach(operation -> closer.close(trader.tenantId(), operation.id(), CloseReason.MANUAL));
        Eventually.within(
                FOLLOWING,
                "the stream hung up",
                () -> stream.followed().isEmpty() && fakeStream.openConnections() == 0);
        // The stream's last prices stay in the quote cache for one TTL: a next test's position must
        // not meet this test's crash price, so wait until the cache answers the calm REST book again.
        Eventually.within(
                FOLLOWING,
                "the streamed prices aged out of the quote cache",
                () -> List.of("BTCUSDC", "BTCUSDT").stream()
                        .allMatch(symbol -> quotes.quote(symbols.find(symbol).orElseThrow())
                                        .quote()
                                        .bid()
                                        .value()
                                        .compareTo(new BigDecimal("89000"))
                                > 0));
    }

    @Test
    void whenTheStreamPricesTheStopThenExactlyOneOrderReachesTheExchangeWithinASecond() {
        long id = tenants.longBtc(trader);
        Eventually.within(FOLLOWING, "the stream follows BTCUSDC", () -> fakeStream.subscribed("BTCUSDC"));

        assertThat(fakeStream.publish("BTCUSDC", "87000.00", "87000.01")).isEqualTo(1);

        Eventually.within(
                REACTION,
                "the close order at the exchange",
                () -> closeOrdersOf(id).size() == 1);
        Eventually.never(
                Duration.ofMillis(500),
                "a second order",
                () -> closeOrdersOf(id).size() > 1);
        assertThat(closeOrdersOf(id)).singleElement().satisfies(order -> {
            assertThat(order.side()).isEqualTo("SELL");
            assertThat(order.origQty()).isEqualByComparingTo("0.00033");
        });
        Eventually.within(FOLLOWING, "closed", () -> current(id).status() == OperationStatus.CLOSED);
        assertThat(current(id).closeReason()).isEqualTo(CloseReason.STOP_LOSS);
    }

    @Test
    void whenTheStreamDropsThenItReconnectsResubscribesAndStillCloses() {
        long id = tenants.longBtc(trader);
        Eventually.within(FOLLOWING, "the stream follows BTCUSDC", () -> fakeStream.subscribed("BTCUSDC"));
        int connections = fakeStream.connections();
        double reconnects = meters.counter("robson.stream.reconnects").count();

        fakeStream.dropConnections();

        Eventually.within(
                FOLLOWING,
                "a second connection following BTCUSDC",
                () -> fakeStream.connections() == connections + 1 && fakeStream.subscribed("BTCUSDC"));
        Eventually.within(
                FOLLOWING,
                "the reconnect counted",
                () -> meters.counter("robson.stream.reconnects").count() == reconnects + 1);
        assertThat(closeOrdersOf(id)).isEmpty();

        fakeStream.publish("BTCUSDC", "87000.00", "87000.01");

        Eventually.within(
                REACTION,
                "the close order at the exchange",
                () -> closeOrdersOf(id).size() == 1);
    }

    @Test
    void whenTheStreamIsDownThenTheRestTickStillClosesAtTheStop() {
        fakeStream.stop();
        try {
            // ETHUSDC is this test's alone: its crossing REST price stays in the cache for a second.
            binance.setBook("ETHUSDC", "3012.45", "3012.46");
            long id = tenants.holding(trader, "ETHUSDC", Side.BUY, "0.0100", "3000.00", "2950.00", "3200.00");

            binance.setBook("ETHUSDC", "2900.00", "2900.01");

            // Up to one cached second plus one tick, with room for a slow machine.
            Eventually.within(
                    Duration.ofSeconds(5),
                    "closed through the REST tick",
                    () -> current(id).status() == OperationStatus.CLOSED);
            assertThat(closeOrdersOf(id)).hasSize(1);
            assertThat(current(id).closeReason()).isEqualTo(CloseReason.STOP_LOSS);
            assertThat(stream.live()).isFalse();
        } finally {
            fakeStream.restart();
        }
    }

    @Test
    void whenAnOperationOpensOnAnotherSymbolThenTheStreamSubscribesToIt() {
        tenants.longBtc(trader);
        Eventually.within(FOLLOWING, "the stream follows BTCUSDC", () -> fakeStream.subscribed("BTCUSDC"));
        int connections = fakeStream.connections();
        int subscriptions = fakeStream.subscribeRequests();

        long id = tenants.longBtc(trader, "BTCUSDT");

        Eventually.within(FOLLOWING, "the stream follows BTCUSDT", () -> fakeStream.subscribed("BTCUSDT"));
        assertThat(fakeStream.connections()).as("same connection").isEqualTo(connections);
        assertThat(fakeStream.subscribeRequests()).isEqualTo(subscriptions + 1);
        assertThat(stream.followed()).contains("BTCUSDC", "BTCUSDT");

        fakeStream.publish("BTCUSDT", "87000.00", "87000.01");

        Eventually.within(
                REACTION, "the BTCUSDT close order", () -> closeOrdersOf(id).size() == 1);
    }

    private Operation current(long id) {
        return operations.find(trader.tenantId(), id).orElseThrow();
    }
}
