package dev.robson.server.market;

import dev.robson.core.market.Symbol;
import dev.robson.server.problem.ApiProblem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The price cache in front of the exchange. However many users, tabs and replicas poll, a
 * symbol costs about one upstream quote request per TTL:
 * <ol>
 *   <li>a fresh quote in this process answers at once;</li>
 *   <li>otherwise one request per symbol per process goes further (single flight), the others
 *       wait for its answer;</li>
 *   <li>that request reads the shared tier, and only the replica that claims the refresh asks
 *       the exchange; the others wait briefly for its result.</li>
 * </ol>
 * When the exchange fails, the last good quote is served marked stale, with its true
 * timestamp, up to {@code maxStaleAge}; after that the request fails with 503.
 */
public final class CachedQuotes implements QuoteSource {

    /** How long a replica that lost the refresh claim waits for the winner's quote. */
    private static final Duration CLAIM_WAIT = Duration.ofMillis(300);
    private static final Duration CLAIM_POLL = Duration.ofMillis(10);

    private final QuoteSource upstream;
    private final SharedQuoteTier shared;
    private final Clock clock;
    private final Duration ttl;
    private final Duration maxStaleAge;
    private final Map<String, CachedQuote> fresh = new ConcurrentHashMap<>();
    private final Map<String, CachedQuote> lastGood = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<MarketQuote>> inFlight = new ConcurrentHashMap<>();
    private final Counter localHits;
    private final Counter sharedHits;
    private final Counter misses;
    private final Counter staleServed;
    private final Counter upstreamCalls;
    private final Counter upstreamFailures;

    public CachedQuotes(QuoteSource upstream, SharedQuoteTier shared, Clock clock, Duration ttl,
            Duration maxStaleAge, MeterRegistry meters) {
        this.upstream = upstream;
        this.shared = shared;
        this.clock = clock;
        this.ttl = ttl;
        this.maxStaleAge = maxStaleAge;
        this.localHits = lookups(meters, "hit_local");
        this.sharedHits = lookups(meters, "hit_shared");
        this.misses = lookups(meters, "miss");
        this.staleServed = lookups(meters, "stale");
        this.upstreamCalls = Counter.builder("robson.quote.upstream.calls")
                .description("Quote requests sent to the market source").register(meters);
        this.upstreamFailures = Counter.builder("robson.quote.upstream.failures")
                .description("Quote requests to the market source that failed").register(meters);
    }

    private static Counter lookups(MeterRegistry meters, String result) {
        return Counter.builder("robson.quote.cache").tag("result", result)
                .description("Quote cache lookups by outcome").register(meters);
    }

    @Override
    public MarketQuote quote(Symbol symbol) {
        CachedQuote local = fresh.get(symbol.name());
        if (isFresh(local)) {
            localHits.increment();
            return local.quote();
        }
        CompletableFuture<MarketQuote> mine = new CompletableFuture<>();
        CompletableFuture<MarketQuote> leader = inFlight.putIfAbsent(symbol.name(), mine);
        if (leader != null) {
            localHits.increment();
            return await(leader);
        }
        try {
            MarketQuote quote = load(symbol);
            mine.complete(quote);
            return quote;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            inFlight.remove(symbol.name(), mine);
        }
    }

    private MarketQuote load(Symbol symbol) {
        // Another flight may have finished between our look and our claim.
        CachedQuote local = fresh.get(symbol.name());
        if (isFresh(local)) {
            localHits.increment();
            return local.quote();
        }
        CachedQuote fromShared = shared.get(symbol.name()).filter(this::isFresh).orElse(null);
        if (fromShared == null && !shared.claimRefresh(symbol.name(), ttl)) {
            fromShared = awaitShared(symbol);
        }
        if (fromShared != null) {
            sharedHits.increment();
            remember(symbol, fromShared);
            return fromShared.quote();
        }
        misses.increment();
        return fetch(symbol);
    }

    private MarketQuote fetch(Symbol symbol) {
        upstreamCalls.increment();
        try {
            CachedQuote fetched = new CachedQuote(upstream.quote(symbol), clock.instant());
            remember(symbol, fetched);
            if (ttl.isPositive()) {
                shared.put(symbol.name(), fetched, ttl);
            }
            return fetched.quote();
        } catch (RuntimeException failure) {
            upstreamFailures.increment();
            return staleOrFail(symbol, failure);
        }
    }

    private MarketQuote staleOrFail(Symbol symbol, RuntimeException failure) {
        CachedQuote last = lastGood.get(symbol.name());
        if (last != null && !last.fetchedAt().plus(maxStaleAge).isBefore(clock.instant())) {
            staleServed.increment();
            MarketQuote previous = last.quote();
            return new MarketQuote(previous.quote(), previous.source(), true);
        }
        if (failure instanceof ApiProblem problem) {
            throw problem;
        }
        throw ApiProblem.unavailable("market_unavailable",
                "No recent price for " + symbol.name() + "; the exchange is not answering.");
    }

    private CachedQuote awaitShared(Symbol symbol) {
        Instant deadline = clock.instant().plus(CLAIM_WAIT);
        while (clock.instant().isBefore(deadline)) {
            LockSupport.parkNanos(CLAIM_POLL.toNanos());
            CachedQuote quote = shared.get(symbol.name()).filter(this::isFresh).orElse(null);
            if (quote != null) {
                return quote;
            }
        }
        return null;
    }

    private void remember(Symbol symbol, CachedQuote quote) {
        fresh.put(symbol.name(), quote);
        lastGood.put(symbol.name(), quote);
    }

    private boolean isFresh(CachedQuote quote) {
        return quote != null && clock.instant().isBefore(quote.fetchedAt().plus(ttl));
    }

    private static MarketQuote await(CompletableFuture<MarketQuote> leader) {
        try {
            return leader.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
