package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.CandleInterval;
import dev.robson.server.exchange.binance.Kline;
import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ExchangeTest;
import dev.robson.server.support.TestTenants;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The server reading a (fake) Binance over real HTTP, through its 1-second cache. */
@ExchangeTest
class BinanceMarketTest {

    private static final String BOOK = "/api/v3/ticker/bookTicker";
    static final FakeBinance BINANCE = FakeBinance.start();

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry registry) {
        // A symbol only the exchange lists: the catalog must learn it from exchangeInfo.
        BINANCE.addSymbol("SOLUSDC", "SOL", "USDC", "0.01", "0.001", "5");
        BINANCE.setBook("SOLUSDC", "131.25", "131.26");
        BINANCE.setLastPrice("SOLUSDC", "131.25");
        registry.add("robson.binance.base-url", () -> BINANCE.baseUrl().toString());
    }

    @AfterAll
    static void stop() {
        BINANCE.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    ApiClient api;
    String token;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        token = api.login(tenants.newTrader("exchange").username(), TestTenants.PASSWORD);
    }

    @Test
    void whenPricedThenTheExchangesBookAndLastTradeComeThroughExactly() {
        BINANCE.setBook("ETHUSDT", "3012.40", "3012.41");
        BINANCE.setLastPrice("ETHUSDT", "3012.40");

        JsonNode price = api.get("/api/market/price/ETHUSDT/", token).json();

        assertThat(price.get("bid").asString()).isEqualTo("3012.40");
        assertThat(price.get("ask").asString()).isEqualTo("3012.41");
        assertThat(price.get("last").asString()).isEqualTo("3012.40");
        assertThat(price.get("source").asString()).isEqualTo("BINANCE");
    }

    @Test
    void whenTheCatalogSyncedThenASymbolOnlyTheExchangeListsIsKnown() {
        var reply = api.get("/api/market/price/SOLUSDC/", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("bid").asString()).isEqualTo("131.25");
    }

    @Test
    void whenAskedTwiceWithinASecondThenTheExchangeIsAskedOnce() throws Exception {
        Thread.sleep(1_100);
        int before = BINANCE.calls(BOOK);

        api.get("/api/market/price/BTCUSDT/", token);
        api.get("/api/market/price/BTCUSDT/", token);

        assertThat(BINANCE.calls(BOOK) - before).isEqualTo(1);
    }

    @Test
    void whenAHundredClientsAskAtOnceThenTheExchangeIsAskedOnce() throws Exception {
        BINANCE.setBook("ETHBTC", "0.03375", "0.03376");
        Thread.sleep(1_100);
        BINANCE.setLatency(Duration.ofMillis(200));
        int before = BINANCE.calls(BOOK);
        long started = System.nanoTime();
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                // Many tenants: one tenant alone would meet its rate limit first.
                String caller = i % 2 == 0
                        ? token
                        : api.login(tenants.newTrader("crowd").username(), TestTenants.PASSWORD);
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.get("/api/market/price/ETHBTC/", caller).status();
                }));
            }
            start.countDown();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
        } finally {
            BINANCE.setLatency(Duration.ZERO);
        }

        // One flight for all of them; on a slow machine the answers may still be going out when
        // the quote is 920 ms old, and then one refresh ahead of expiry per 920 ms may follow.
        long refreshPeriods = Duration.ofNanos(System.nanoTime() - started).toMillis() / 920;
        assertThat(BINANCE.calls(BOOK) - before).isBetween(1, 1 + (int) refreshPeriods);
        assertThat(statuses).filteredOn(status -> status == 200).hasSizeGreaterThanOrEqualTo(50);
        assertThat(statuses).allMatch(status -> status == 200 || status == 429);
    }

    @Test
    void whenTheExchangeFailsThenTheLastPriceIsServedStaleWithItsTimestamp() throws Exception {
        JsonNode fresh = api.get("/api/market/price/BTCUSDC/", token).json();
        Thread.sleep(1_100);
        BINANCE.failNext(10, 503);

        var stale = api.get("/api/market/price/BTCUSDC/", token);

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.json().get("stale").asBoolean()).isTrue();
        assertThat(stale.json().get("timestamp").asLong())
                .isEqualTo(fresh.get("timestamp").asLong());
        assertThat(stale.json().get("bid").asString())
                .isEqualTo(fresh.get("bid").asString());
        BINANCE.failNext(0, 503);
    }

    @Test
    void whenTheExchangeAnswersGarbageOrIsSlowThenNoRequestFailsWhileAStalePriceExists() throws Exception {
        api.get("/api/market/price/ETHUSDC/", token);
        Thread.sleep(1_100);
        BINANCE.malformedNext(2);
        assertThat(api.get("/api/market/price/ETHUSDC/", token)
                        .json()
                        .get("stale")
                        .asBoolean())
                .isTrue();

        Thread.sleep(1_100);
        BINANCE.setLatency(Duration.ofMillis(1_500));
        try {
            var slow = api.get("/api/market/price/ETHUSDC/", token);
            assertThat(slow.status()).isEqualTo(200);
            assertThat(slow.json().get("stale").asBoolean()).isTrue();
        } finally {
            BINANCE.setLatency(Duration.ZERO);
        }
    }

    @Test
    void whenRateLimitedThenTheServerStopsCallingUntilRetryAfter() throws Exception {
        api.get("/api/market/price/BTCUSDC/", token);
        Thread.sleep(1_100);
        BINANCE.rateLimitNext(429, 2);
        api.get("/api/market/price/BTCUSDC/", token);
        int afterBan = BINANCE.calls(BOOK);
        Thread.sleep(1_100);

        var during = api.get("/api/market/price/BTCUSDC/", token);

        assertThat(during.status()).isEqualTo(200);
        assertThat(during.json().get("stale").asBoolean()).isTrue();
        assertThat(BINANCE.calls(BOOK)).isEqualTo(afterBan);
        // Once Retry-After has passed, prices are fresh again (allowing for the machine's pace).
        boolean fresh = false;
        for (long deadline = System.nanoTime() + 6_000_000_000L; !fresh && System.nanoTime() < deadline; ) {
            Thread.sleep(200);
            fresh = !api.get("/api/market/price/BTCUSDC/", token)
                    .json()
                    .get("stale")
                    .asBoolean();
        }
        assertThat(fresh).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"btcusdc", "BTCUSDC%3BDROP", "A%20B", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "DOGEUSDC"})
    void whenTheSymbolIsBadThenNothingGoesUpstream(String symbol) {
        int before = BINANCE.calls(BOOK) + BINANCE.calls("/api/v3/ticker/price");

        assertThat(api.get("/api/market/price/" + symbol + "/", token).status()).isBetween(400, 404);

        assertThat(BINANCE.calls(BOOK) + BINANCE.calls("/api/v3/ticker/price")).isEqualTo(before);
    }

    @Test
    void whenAskingForCandlesThenTheExchangesKlinesComeBackOldestFirst() {
        Instant open = CandleInterval.FIFTEEN_MINUTES.openOf(Instant.now()).minus(Duration.ofMinutes(30));
        List<Kline> klines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long openMs = open.plusSeconds(900L * i).toEpochMilli();
            klines.add(new Kline(
                    openMs,
                    new BigDecimal("89000.00"),
                    new BigDecimal("89100.50"),
                    new BigDecimal("88900.25"),
                    new BigDecimal("89050.75"),
                    new BigDecimal("12.34567"),
                    openMs + 899_999));
        }
        BINANCE.setKlines("BTCUSDT", "15m", klines);

        JsonNode body = api.get("/api/historical-data/?symbol=BTCUSDT&interval=15m&days=1", token)
                .json();

        assertThat(body.get("source").asString()).isEqualTo("BINANCE");
        JsonNode candles = body.get("candles");
        assertThat(candles).hasSize(3);
        JsonNode first = candles.get(0);
        assertThat(first.get("open_time").asLong()).isEqualTo(open.getEpochSecond());
        assertThat(first.get("closed").asBoolean()).isTrue();
        assertThat(candles.get(2).get("closed").asBoolean()).isFalse();
        assertThat(first.get("high").asString()).isEqualTo("89100.50");
        assertThat(first.get("volume").asString()).isEqualTo("12.34567");
    }
}
