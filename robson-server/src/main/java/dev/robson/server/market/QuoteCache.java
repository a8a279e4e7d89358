package dev.robson.server.market;

import dev.robson.core.market.Symbol;
import dev.robson.server.problem.ApiProblem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;

/**
 * The price cache in front of the exchange. However many users, tabs and replicas poll, a
 * symbol costs at most one upstream quote request per {@code ttl − refreshAhead}, and a request
 * waits for the exchange only when nobody asked for the symbol for a whole TTL:
 * <ol>
 *   <li>a fresh quote in this process answers at once; once it is {@code ttl − refreshAhead}
 *       old, the request that notices starts a refresh in the background and still answers
 *       with it (refresh ahead), so a busy symbol's entry is replaced before it expires;</li>
 *   <li>without a fresh quote, one request per symbol per process goes further (single
 *       flight), the others wait for its answer;</li>
 *   <li>either way the refresh reads the shared tier first, and only the replica that claims
 *       the refresh asks the exchange; the claim lasts {@code ttl − refreshAhead}, which is
 *       what bounds the exchange's view across replicas.</li>
 * </ol>
 * Live prices from the exchange's stream go in through {@link #streamed}: a symbol whose stream
 * moves at least once per {@code ttl − refreshAhead} never reaches the exchange's REST API.
 *
 * <p>When the exchange fails, the last good quote is served marked stale, with its true
 * timestamp, up to {@code maxStaleAge}; after that the request fails with 503. A failed fetch
 * is not retried for a TTL, so an outage does not turn every request into an upstream call.
 */
public final class QuoteCache implements QuoteSource, StreamedQuotes {

    /** How long a replica that lost the refresh claim waits for the winner's quote. */
    private static final Duration CLAIM_WAIT = Duration.ofMillis(300);

    private static final Duration CLAIM_POLL = Duration.ofMillis(10);

    private final QuoteSource upstream;
    private final SharedQuoteTier shared;
    private final Clock clock;
    private final QuoteFreshness freshness;
    private final Executor refreshes;
    private final Map<String, CachedQuote> fresh = new ConcurrentHashMap<>();
    private final Map<String, CachedQuote> lastGood = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<MarketQuote>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, FailedFetch> failures = new ConcurrentHashMap<>();
    private final Counter localHits;
    private final Counter sharedHits;
    private final Counter misses;
    private final Counter staleServed;
    private final Counter upstreamCalls;
    private final Counter upstreamFailures;
    private final Counter refreshesAhead;
    private final Counter streamedPrices;

    /** With the default lead and background refreshes on virtual threads. */
    public QuoteCache(
            QuoteSource upstream,
            SharedQuoteTier shared,
            Clock clock,
            Duration ttl,
            Duration maxStaleAge,
            MeterRegistry meters) {
        this(upstream, shared, clock, QuoteFreshness.withDefaultLead(ttl, maxStaleAge), backgroundThreads(), meters);
    }

    public QuoteCache(
            QuoteSource upstream,
            SharedQuoteTier shared,
            Clock clock,
            QuoteFreshness freshness,
            Executor refreshes,
            MeterRegistry meters) {
        this.upstream = upstream;
        this.shared = shared;
        this.clock = clock;
        this.freshness = freshness;
        this.refreshes = refreshes;
        this.localHits = lookups(meters, "hit_local");
        this.sharedHits = lookups(meters, "hit_shared");
        this.misses = lookups(meters, "miss");
        this.staleServed = lookups(meters, "stale");
        this.upstreamCalls = Counter.builder("robson.quote.upstream.calls")
                .description("Quote requests sent to the market source")
                .register(meters);
        this.upstreamFailures = Counter.builder("robson.quote.upstream.failures")
                .description("Quote requests to the market source that failed")
                .register(meters);
        this.refreshesAhead = Counter.builder("robson.quote.refresh.ahead")
                .description("Background refreshes of quotes about to expire")
                .register(meters);
        this.streamedPrices = Counter.builder("robson.quote.streamed")
                .description("Live stream prices written into the quote cache")
                .register(meters);
    }

    static Executor backgroundThreads() {
        return runnable -> Thread.ofVirtual().name("quote-refresh").start(runnable);
    }

    private static Counter lookups(MeterRegistry meters, String result) {
        return Counter.builder("robson.quote.cache")
                .tag("result", result)
                .description("Quote cache lookups by outcome")
                .register(meters);
    }

    @Override
    public MarketQuote quote(Symbol symbol) {
        CachedQuote local = fresh.get(symbol.name());
        if (isFresh(local)) {
            localHits.increment();
            if (isDue(local)) {
                refreshInBackground(symbol);
            }
            return local.quote();
        }
        CompletableFuture<MarketQuote> mine = new CompletableFuture<>();
        CompletableFuture<MarketQuote> leader = inFlight.putIfAbsent(symbol.name(), mine);
        if (leader != null) {
            localHits.increment();
            return QuoteReads.await(leader);
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

    /**
     * A live price from the exchange's stream: fresh from the moment it arrived, for this
     * process and, through the shared tier, for every replica. An older price never replaces a
     * newer one.
     */
    @Override
    public void streamed(MarketQuote quote) {
        String name = quote.quote().symbol();
        CachedQuote arrived = new CachedQuote(quote, quote.quote().readAt());
        streamedPrices.increment();
        if (remember(name, arrived) && freshness.ttl().isPositive()) {
            shared.put(name, arrived, freshness.ttl());
        }
    }

    /** One refresh per symbol per process; requests meanwhile keep the entry they have. */
    private void refreshInBackground(Symbol symbol) {
        CompletableFuture<MarketQuote> mine = new CompletableFuture<>();
        if (inFlight.putIfAbsent(symbol.name(), mine) != null) {
            return;
        }
        // Requests that find the entry expired before this ends join this refresh (the in-flight map).
        Runnable refresh = () -> {
            try {
                refreshesAhead.increment();
                mine.complete(load(symbol));
            } catch (RuntimeException failure) {
                mine.completeExceptionally(failure);
            } finally {
                inFlight.remove(symbol.name(), mine);
            }
        };
        try {
            refreshes.execute(refresh);
        } catch (RejectedExecutionException shuttingDown) {
            inFlight.remove(symbol.name(), mine);
            mine.cancel(false);
        }
    }

    /** The newest quote to be had: another replica's from the shared tier, or the exchange's if we hold the claim. */
    private MarketQuote load(Symbol symbol) {
        String name = symbol.name();
        // Another flight (or a stream price) may have renewed the entry since we looked.
        CachedQuote current = fresh.get(name);
        if (isFresh(current) && !isDue(current)) {
            return current.quote();
        }
        CachedQuote fromShared = newerShared(name, current);
        boolean claimed = fromShared == null && shared.claimRefresh(name, freshness.refreshEvery());
        if (fromShared == null && !claimed) {
            fromShared = awaitShared(name, current);
        }
        if (fromShared != null) {
            sharedHits.increment();
            remember(name, fromShared);
            return fromShared.quote();
        }
        if (!claimed && isFresh(current)) {
            // Ahead of expiry and another replica holds the claim: its quote arrives through the
            // shared tier, and ours stays good until then.
            return current.quote();
        }
        FailedFetch failed = failures.get(name);
        if (failed != null && failed.at().plus(freshness.ttl()).isAfter(clock.instant())) {
            return staleOrFail(symbol, failed.cause());
        }
        misses.increment();
        return fetch(symbol);
    }

    private MarketQuote fetch(Symbol symbol) {
        upstreamCalls.increment();
        try {
            CachedQuote fetched = new CachedQuote(upstream.quote(symbol), clock.instant());
            failures.remove(symbol.name());
            remember(symbol.name(), fetched);
            if (freshness.ttl().isPositive()) {
                shared.put(symbol.name(), fetched, freshness.ttl());
            }
            return fetched.quote();
        } catch (RuntimeException failure) {
            upstreamFailures.increment();
            failures.put(symbol.name(), new FailedFetch(clock.instant(), failure));
            return staleOrFail(symbol, failure);
        }
    }

    private MarketQuote staleOrFail(Symbol symbol, RuntimeException failure) {
        CachedQuote last = lastGood.get(symbol.name());
        if (last != null && !last.fetchedAt().plus(freshness.maxStaleAge()).isBefore(clock.instant())) {
            staleServed.increment();
            MarketQuote previous = last.quote();
            return new MarketQuote(previous.quote(), previous.source(), true);
        }
        if (failure instanceof ApiProblem problem) {
            throw problem;
        }
        throw ApiProblem.unavailable(
                "market_unavailable", "No recent price for " + symbol.name() + "; the exchange is not answering.");
    }

    private CachedQuote newerShared(String symbol, CachedQuote current) {
        Optional<CachedQuote> candidate = shared.get(symbol);
        return candidate
                .filter(this::isFresh)
                .filter(quote -> current == null || quote.fetchedAt().isAfter(current.fetchedAt()))
                .orElse(null);
    }

    private CachedQuote awaitShared(String symbol, CachedQuote current) {
        Instant deadline = clock.instant().plus(CLAIM_WAIT);
        while (clock.instant().isBefore(deadline)) {
            LockSupport.parkNanos(CLAIM_POLL.toNanos());
            CachedQuote quote = newerShared(symbol, current);
            if (quote != null) {
                return quote;
            }
        }
        return null;
    }

    /** Keeps the newer of what is there and what came; true when {@code quote} was kept. */
    private boolean remember(String symbol, CachedQuote quote) {
        CachedQuote kept = fresh.merge(symbol, quote, QuoteCache::newer);
        lastGood.merge(symbol, quote, QuoteCache::newer);
        return kept == quote;
    }

    private static CachedQuote newer(CachedQuote present, CachedQuote arriving) {
        return arriving.fetchedAt().isBefore(present.fetchedAt()) ? present : arriving;
    }

    private boolean isFresh(CachedQuote quote) {
        return quote != null && clock.instant().isBefore(quote.fetchedAt().plus(freshness.ttl()));
    }

    /** Old enough that a refresh should start now to land before the entry expires. */
    private boolean isDue(CachedQuote quote) {
        return !clock.instant().isBefore(quote.fetchedAt().plus(freshness.refreshEvery()));
    }

    /** The exchange's last failure for a symbol, which stands until a TTL has passed. */
    private record FailedFetch(Instant at, RuntimeException cause) {}
}
