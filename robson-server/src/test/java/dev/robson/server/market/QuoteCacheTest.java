package dev.robson.server.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Asset;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.server.exchange.Eventually;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.support.MutableClock;
import dev.robson.server.support.RedisServers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The price cache: one upstream call per symbol per TTL, across threads and replicas. */
class QuoteCacheTest {

    private static final Duration TTL = Duration.ofSeconds(1);
    private static final Duration MAX_STALE = Duration.ofSeconds(60);

    private static final Instant START = Instant.parse("2026-01-05T12:00:00Z");
    /** The production setting: a 1 s TTL refreshed 80 ms ahead. */
    private static final QuoteFreshness FRESHNESS = new QuoteFreshness(TTL, Duration.ofMillis(80), MAX_STALE);

    private final MutableClock clock = new MutableClock(START);
    private final CountingQuotes upstream = new CountingQuotes(clock);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** A symbol no other test run uses, so the shared Redis holds nothing for it yet. */
    private final Symbol symbol = symbol();

    @Test
    void whenAskedTwiceWithinTheTtlThenTheExchangeIsAskedOnce() {
        var cache = cache(SharedQuoteTier.NONE, clock);

        cache.quote(symbol);
        clock.advance(Duration.ofMillis(900));
        cache.quote(symbol);

        assertThat(upstream.calls()).isEqualTo(1);
        clock.advance(Duration.ofMillis(200));
        cache.quote(symbol);
        assertThat(upstream.calls()).isEqualTo(2);
        assertThat(meters.counter("robson.quote.upstream.calls").count()).isEqualTo(2);
        assertThat(meters.counter("robson.quote.cache", "result", "hit_local").count())
                .isEqualTo(1);
    }

    @Test
    void whenAHundredRequestsArriveTogetherThenOneGoesUpstream() throws Exception {
        upstream.latency(Duration.ofMillis(200));
        var cache = cache(SharedQuoteTier.NONE, clock);

        List<MarketQuote> answers = concurrently(100, () -> cache.quote(symbol));

        assertThat(upstream.calls()).isEqualTo(1);
        assertThat(answers).hasSize(100).allMatch(answer -> answer.equals(answers.getFirst()));
    }

    @Test
    void whenTheExchangeFailsThenTheLastQuoteIsServedStaleUntilTooOld() {
        var cache = cache(SharedQuoteTier.NONE, clock);
        MarketQuote good = cache.quote(symbol);
        upstream.failing(true);

        clock.advance(Duration.ofSeconds(30));
        MarketQuote stale = cache.quote(symbol);

        assertThat(stale.stale()).isTrue();
        assertThat(stale.quote()).isEqualTo(good.quote());
        // The true timestamp, not the time it was served.
        assertThat(stale.quote().readAt()).isEqualTo(good.quote().readAt());

        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> cache.quote(symbol))
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        problem -> assertThat(problem.status().value()).isEqualTo(503));

        upstream.failing(false);
        // A failed fetch stands for a TTL before the exchange is asked again.
        clock.advance(TTL);
        assertThat(cache.quote(symbol).stale()).isFalse();
    }

    @Test
    void whenTheExchangeFailsBeforeAnyQuoteThen503() {
        upstream.failing(true);
        var cache = cache(SharedQuoteTier.NONE, clock);

        assertThatThrownBy(() -> cache.quote(symbol)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void whenTwoReplicasShareRedisThenOnlyOneAsksTheExchange() throws Exception {
        Clock wall = Clock.systemUTC();
        upstream.latency(Duration.ofMillis(50));
        try (var redisA = new RedisQuoteTier(RedisServers.SHARED_URL, wall);
                var redisB = new RedisQuoteTier(RedisServers.SHARED_URL, wall)) {
            var replicaA = new QuoteCache(upstream, redisA, wall, TTL, MAX_STALE, meters);
            var replicaB = new QuoteCache(upstream, redisB, wall, TTL, MAX_STALE, new SimpleMeterRegistry());

            List<MarketQuote> answers =
                    concurrently(40, () -> (Math.random() < 0.5 ? replicaA : replicaB).quote(symbol));

            assertThat(upstream.calls()).isEqualTo(1);
            assertThat(answers)
                    .allMatch(answer -> answer.quote().equals(answers.getFirst().quote()));
        }
    }

    @Test
    void whenRedisStopsThenEveryRequestIsStillAnswered() throws Exception {
        Clock wall = Clock.systemUTC();
        try (var redis = RedisServers.Private.start()) {
            try (var tier = new RedisQuoteTier(redis.url(), wall)) {
                // A loaded machine may miss the first connection's 250 ms timeout: be connected first.
                CachedQuote probe = new CachedQuote(upstream.quote(symbol), wall.instant());
                Eventually.within(Duration.ofSeconds(10), "the private Redis answers", () -> {
                    tier.put("probe-" + symbol.name(), probe, Duration.ofSeconds(5));
                    return tier.get("probe-" + symbol.name()).isPresent();
                });
                int probeCalls = upstream.calls();
                Duration shortTtl = Duration.ofMillis(200);
                // The cache on the test's clock: each quote expires when the clock is moved past its TTL.
                var cache = new QuoteCache(upstream, tier, clock, shortTtl, MAX_STALE, meters);
                assertThat(cache.quote(symbol).stale()).isFalse();
                awaitInRedis(tier);

                redis.close();

                for (int i = 0; i < 4; i++) {
                    clock.advance(shortTtl.plusMillis(20));
                    assertThat(cache.quote(symbol).stale()).isFalse();
                }
                assertThat(upstream.calls() - probeCalls).isEqualTo(5);
                assertThat(tier.available()).isFalse();
            }
        }
    }

    @Test
    void whenCachedInRedisThenTheQuoteComesBackToTheLastDigit() {
        try (var tier = new RedisQuoteTier(RedisServers.SHARED_URL, Clock.systemUTC())) {
            upstream.bid("89245.12345678");
            var cache = new QuoteCache(upstream, tier, Clock.systemUTC(), TTL, MAX_STALE, meters);

            MarketQuote fetched = cache.quote(symbol);

            awaitInRedis(tier);
            assertThat(tier.get(symbol.name())).hasValueSatisfying(cached -> {
                assertThat(cached.quote()).isEqualTo(fetched);
                assertThat(cached.quote().quote().bid().value()).isEqualByComparingTo(new BigDecimal("89245.12345678"));
            });
        }
    }

    @Test
    void whenAnEntryIsOneRefreshLeadFromExpiryThenTheNextRequestRefreshesIt() {
        // Refreshes run on the caller's thread here, so each step is deterministic.
        var cache = new QuoteCache(upstream, SharedQuoteTier.NONE, clock, FRESHNESS, Runnable::run, meters);
        cache.quote(symbol);

        // 1 s TTL − 80 ms lead: due at 920 ms, not before.
        clock.advance(Duration.ofMillis(919));
        cache.quote(symbol);
        assertThat(upstream.calls()).isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        cache.quote(symbol);
        assertThat(upstream.calls()).isEqualTo(2);
        assertThat(meters.counter("robson.quote.refresh.ahead").count()).isEqualTo(1);
        // The refreshed entry is new: due again only 920 ms after this refresh.
        clock.advance(Duration.ofMillis(919));
        cache.quote(symbol);
        assertThat(upstream.calls()).isEqualTo(2);
    }

    @Test
    void whenARefreshIsUnderWayThenNoRequestWaitsForTheExchange() throws Exception {
        var cache = new QuoteCache(
                upstream, SharedQuoteTier.NONE, clock, FRESHNESS, QuoteCache.backgroundThreads(), meters);
        MarketQuote first = cache.quote(symbol);
        clock.advance(Duration.ofMillis(950));
        upstream.hold();
        try {
            // The exchange answers nobody until open(): had any request waited for it, this would hang.
            List<MarketQuote> answers = concurrently(100, () -> cache.quote(symbol));

            assertThat(answers).hasSize(100).allMatch(answer -> answer.equals(first));
            Eventually.within(
                    Duration.ofSeconds(5), "the background refresh reached the exchange", () -> upstream.calls() == 2);
            assertThat(upstream.calls()).as("one refresh for all 100 requests").isEqualTo(2);
        } finally {
            upstream.open();
        }
        // The refresh read the market at 950 ms (the mutable clock's now).
        Instant refreshedAt = START.plusMillis(950);
        Eventually.within(
                Duration.ofSeconds(5),
                "the refreshed quote is served",
                () -> cache.quote(symbol).quote().readAt().equals(refreshedAt));
        assertThat(upstream.calls()).isEqualTo(2);
    }

    @Test
    void whenTwoReplicasRefreshAheadOnRedisThenTheExchangeSeesAtMostOneCallPerRefreshPeriod() throws Exception {
        Clock wall = Clock.systemUTC();
        upstream.latency(Duration.ofMillis(20));
        try (var redisA = new RedisQuoteTier(RedisServers.SHARED_URL, wall);
                var redisB = new RedisQuoteTier(RedisServers.SHARED_URL, wall)) {
            var replicaA = new QuoteCache(upstream, redisA, wall, FRESHNESS, QuoteCache.backgroundThreads(), meters);
            var replicaB = new QuoteCache(
                    upstream, redisB, wall, FRESHNESS, QuoteCache.backgroundThreads(), new SimpleMeterRegistry());
            long started = System.nanoTime();
            Duration load = Duration.ofMillis(2500);

            // Eight callers, each asking one replica or the other without pause for 2.5 s.
            List<Integer> staleAnswers = concurrently(8, () -> {
                int stale = 0;
                while (System.nanoTime() - started < load.toNanos()) {
                    if ((Math.random() < 0.5 ? replicaA : replicaB)
                            .quote(symbol)
                            .stale()) {
                        stale++;
                    }
                }
                return stale;
            });
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            // A refresh claim holds 920 ms across replicas, so over E at most floor(E / 920 ms) + 1
            // calls (the first one included): 3 in 2.5 s (plus one for a slow machine's overrun).
            long bound = elapsed.toMillis() / FRESHNESS.refreshEvery().toMillis() + 1;
            assertThat(upstream.calls()).isBetween(2, (int) bound);
            assertThat(staleAnswers).allMatch(count -> count == 0);
        }
    }

    @Test
    void whenTheStreamPricesASymbolThenRequestsUseItAndRestTakesOverWhenItStops() {
        var cache = new QuoteCache(upstream, SharedQuoteTier.NONE, clock, FRESHNESS, Runnable::run, meters);

        cache.streamed(streamPrice("87000.00"));
        assertThat(cache.quote(symbol).quote().bid().value()).isEqualByComparingTo("87000.00");
        // A live book moves more often than every 920 ms: each price renews the entry.
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMillis(500));
            cache.streamed(streamPrice("8700" + i + ".00"));
            assertThat(cache.quote(symbol).quote().bid().value()).isEqualByComparingTo("8700" + i + ".00");
        }
        assertThat(upstream.calls()).isZero();
        assertThat(meters.counter("robson.quote.streamed").count()).isEqualTo(6);

        // The stream stops: 920 ms after its last price the next request refreshes through REST.
        clock.advance(Duration.ofMillis(920));
        cache.quote(symbol);

        assertThat(upstream.calls()).isEqualTo(1);
        assertThat(cache.quote(symbol).quote().bid().value()).isEqualByComparingTo("89245.00");
    }

    @Test
    void whenAStreamPriceIsOlderThanTheCachedQuoteThenTheNewerStays() {
        var cache = new QuoteCache(upstream, SharedQuoteTier.NONE, clock, FRESHNESS, Runnable::run, meters);
        MarketQuote late = streamPrice("87000.00");
        clock.advance(Duration.ofMillis(100));
        cache.quote(symbol);

        cache.streamed(late);

        assertThat(cache.quote(symbol).quote().bid().value()).isEqualByComparingTo("89245.00");
    }

    @Test
    void whenOneReplicaStreamsThenTheOtherReadsTheStreamPriceFromRedis() {
        Clock wall = Clock.systemUTC();
        try (var redisA = new RedisQuoteTier(RedisServers.SHARED_URL, wall);
                var redisB = new RedisQuoteTier(RedisServers.SHARED_URL, wall)) {
            var leader = new QuoteCache(upstream, redisA, wall, FRESHNESS, Runnable::run, meters);
            var other = new QuoteCache(upstream, redisB, wall, FRESHNESS, Runnable::run, new SimpleMeterRegistry());

            leader.streamed(new MarketQuote(
                    new Quote(
                            symbol.name(),
                            Price.of("87000.00"),
                            Price.of("87000.01"),
                            Price.of("87000.00"),
                            wall.instant()),
                    PriceSource.BINANCE,
                    false));
            awaitInRedis(redisB);

            assertThat(other.quote(symbol).quote().bid().value()).isEqualByComparingTo("87000.00");
            assertThat(upstream.calls()).isZero();
        }
    }

    @Test
    void whenTheExchangeJustFailedThenRequestsGetTheStaleQuoteWithoutAskingAgainForATtl() {
        var cache = new QuoteCache(upstream, SharedQuoteTier.NONE, clock, FRESHNESS, Runnable::run, meters);
        cache.quote(symbol);
        upstream.failing(true);
        clock.advance(Duration.ofMillis(1500));

        assertThat(cache.quote(symbol).stale()).isTrue();
        clock.advance(Duration.ofMillis(999));
        assertThat(cache.quote(symbol).stale()).isTrue();
        assertThat(upstream.calls()).as("the first quote and one failed try").isEqualTo(2);

        clock.advance(Duration.ofMillis(1));
        assertThat(cache.quote(symbol).stale()).isTrue();
        assertThat(upstream.calls()).isEqualTo(3);
    }

    private MarketQuote streamPrice(String bid) {
        Price price = Price.of(bid);
        return new MarketQuote(
                new Quote(symbol.name(), price, Price.of(price.value().add(symbol.tickSize())), price, clock.instant()),
                PriceSource.BINANCE,
                false);
    }

    /** Writes to Redis go out without waiting for the reply: waits until the tier holds the symbol's quote. */
    private void awaitInRedis(RedisQuoteTier tier) {
        Eventually.within(
                Duration.ofSeconds(2),
                "the quote in Redis",
                () -> tier.get(symbol.name()).isPresent());
    }

    private QuoteCache cache(SharedQuoteTier shared, Clock clock) {
        return new QuoteCache(upstream, shared, clock, TTL, MAX_STALE, meters);
    }

    private static Symbol symbol() {
        String base = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        return new Symbol(
                base + "USDC",
                Asset.of(base),
                Asset.of("USDC"),
                new BigDecimal("0.00000001"),
                new BigDecimal("0.00001"),
                new BigDecimal("5"));
    }

    private static <T> List<T> concurrently(int requests, Callable<T> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }
}
