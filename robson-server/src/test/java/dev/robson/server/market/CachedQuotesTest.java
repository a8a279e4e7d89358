package dev.robson.server.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Asset;
import dev.robson.core.market.Symbol;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The price cache: one upstream call per symbol per TTL, across threads and replicas. */
class CachedQuotesTest {

    private static final Duration TTL = Duration.ofSeconds(1);
    private static final Duration MAX_STALE = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
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
        assertThat(meters.counter("robson.quote.cache", "result", "hit_local").count()).isEqualTo(1);
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
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status().value()).isEqualTo(503));

        upstream.failing(false);
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
            var replicaA = new CachedQuotes(upstream, redisA, wall, TTL, MAX_STALE, meters);
            var replicaB = new CachedQuotes(upstream, redisB, wall, TTL, MAX_STALE, new SimpleMeterRegistry());

            List<MarketQuote> answers = concurrently(40, () -> (Math.random() < 0.5 ? replicaA : replicaB).quote(symbol));

            assertThat(upstream.calls()).isEqualTo(1);
            assertThat(answers).allMatch(answer -> answer.quote().equals(answers.getFirst().quote()));
        }
    }

    @Test
    void whenRedisStopsThenEveryRequestIsStillAnswered() throws Exception {
        Clock wall = Clock.systemUTC();
        try (var redis = RedisServers.Private.start()) {
            try (var tier = new RedisQuoteTier(redis.url(), wall)) {
                Duration shortTtl = Duration.ofMillis(200);
                var cache = new CachedQuotes(upstream, tier, wall, shortTtl, MAX_STALE, meters);
                assertThat(cache.quote(symbol).stale()).isFalse();
                assertThat(tier.get(symbol.name())).isPresent();

                redis.close();

                for (int i = 0; i < 4; i++) {
                    Thread.sleep(shortTtl.plusMillis(20));
                    assertThat(cache.quote(symbol).stale()).isFalse();
                }
                assertThat(upstream.calls()).isEqualTo(5);
                assertThat(tier.available()).isFalse();
            }
        }
    }

    @Test
    void whenCachedInRedisThenTheQuoteComesBackToTheLastDigit() {
        try (var tier = new RedisQuoteTier(RedisServers.SHARED_URL, Clock.systemUTC())) {
            upstream.bid("89245.12345678");
            var cache = new CachedQuotes(upstream, tier, Clock.systemUTC(), TTL, MAX_STALE, meters);

            MarketQuote fetched = cache.quote(symbol);

            assertThat(tier.get(symbol.name())).hasValueSatisfying(cached -> {
                assertThat(cached.quote()).isEqualTo(fetched);
                assertThat(cached.quote().quote().bid().value()).isEqualByComparingTo(new BigDecimal("89245.12345678"));
            });
        }
    }

    private CachedQuotes cache(SharedQuoteTier shared, Clock clock) {
        return new CachedQuotes(upstream, shared, clock, TTL, MAX_STALE, meters);
    }

    private static Symbol symbol() {
        String base = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        return new Symbol(base + "USDC", Asset.of(base), Asset.of("USDC"), new BigDecimal("0.00000001"),
                new BigDecimal("0.00001"), new BigDecimal("5"));
    }

    private static <T> List<T> concurrently(int requests, java.util.concurrent.Callable<T> request) throws Exception {
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
