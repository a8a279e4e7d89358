package dev.robson.server.exchange.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.Side;
import dev.robson.server.exchange.Eventually;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.TestTenants;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The price endpoint of the replica that runs the stream: while the stream is live, a watched
 * symbol's price is the stream's and the exchange's REST quote endpoints hear nothing of it;
 * once the stream is gone, REST takes over within a TTL. The REST book and the stream's differ
 * by design, so each answer tells where it came from.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:robson-stream-quotes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            // The test polls the price far above a trader's 10 per second.
            "robson.market-data.price-per-second=100000",
            "robson.market-data.price-burst=100000",
            "robson.binance.stream.resync=100ms",
            "robson.binance.stream.backoff-max=1s"
        })
class StreamFedQuotesTest extends StreamScenario {

    private static final String BOOK_OF_BTC = "/api/v3/ticker/bookTicker?symbol=BTCUSDC";
    private static final String LAST_OF_BTC = "/api/v3/ticker/price?symbol=BTCUSDC";

    @LocalServerPort
    int port;

    @Test
    void whenTheStreamIsLiveThenItsPricesAreServedAndRestTakesOverWhenItDrops() throws Exception {
        binance.setBook("BTCUSDC", "89245.00", "89245.01");
        TestTenants.Trader trader = tenants.newTrader("streamquotes");
        // Far from the stream's prices below, so nothing closes it.
        tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "80000.00", "99000.00");
        ApiClient api = new ApiClient(port);
        String token = api.login(trader.username(), TestTenants.PASSWORD);
        Eventually.within(Duration.ofSeconds(10), "the stream follows BTCUSDC", () -> fakeStream.subscribed("BTCUSDC"));

        // A live book: a new best bid every 100 ms, as a busy symbol sends many times a second.
        ScheduledExecutorService book = Executors.newSingleThreadScheduledExecutor();
        try {
            book.scheduleAtFixedRate(
                    () -> fakeStream.publish("BTCUSDC", "89300.00", "89300.01"), 0, 100, TimeUnit.MILLISECONDS);
            Eventually.within(
                    Duration.ofSeconds(5), "the stream's price served", () -> "89300.00".equals(bid(api, token)));
            int books = binance.calls(BOOK_OF_BTC);
            int lasts = binance.calls(LAST_OF_BTC);

            // Three TTLs of requests and monitor ticks, every one of them answered from the stream.
            Eventually.never(
                    Duration.ofSeconds(3),
                    "a REST quote of the streamed symbol or another price",
                    () -> binance.calls(BOOK_OF_BTC) != books
                            || binance.calls(LAST_OF_BTC) != lasts
                            || !"89300.00".equals(bid(api, token)));
        } finally {
            book.shutdownNow();
        }

        fakeStream.stop();
        try {
            Eventually.within(
                    Duration.ofSeconds(5),
                    "the REST book served once the stream is gone",
                    () -> "89245.00".equals(bid(api, token)));
            assertThat(binance.calls(BOOK_OF_BTC)).isPositive();
        } finally {
            fakeStream.restart();
        }
    }

    private static String bid(ApiClient api, String token) {
        return api.get("/api/market/price/BTCUSDC/", token).json().get("bid").asString();
    }
}
