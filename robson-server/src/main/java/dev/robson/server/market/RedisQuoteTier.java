package dev.robson.server.market;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared tier on Redis. Every command has a short timeout, and after a failure the tier
 * stays out of the way for a cool-down, so a Redis outage costs one slow request, not every
 * request's latency.
 */
final class RedisQuoteTier implements SharedQuoteTier, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisQuoteTier.class);
    private static final String PREFIX = "robson:quote:";
    static final Duration COMMAND_TIMEOUT = RedisLink.COMMAND_TIMEOUT;
    static final Duration COOL_DOWN = Duration.ofSeconds(2);

    private final RedisLink redis;
    private final Clock clock;
    private final RedisReachability reachability =
            new RedisReachability(log, "Shared quote cache", "serving from this process only");
    private volatile Instant downUntil = Instant.MIN;

    RedisQuoteTier(String redisUrl, Clock clock) {
        this.redis = new RedisLink(redisUrl);
        this.clock = clock;
    }

    @Override
    public Optional<CachedQuote> get(String symbol) {
        return call(redis -> CachedQuote.decode(redis.get(PREFIX + symbol)), Optional.empty());
    }

    /**
     * Sent without waiting for the reply: nobody needs it, and the stream's hand-off writes
     * every live price through here (Lettuce pipelines them on the one connection).
     */
    @Override
    public void put(String symbol, CachedQuote quote, Duration ttl) {
        if (!available()) {
            return;
        }
        try {
            redis.connection()
                    .async()
                    .set(PREFIX + symbol, quote.encode(), SetArgs.Builder.px(ttl.toMillis()))
                    .whenComplete((reply, failure) -> {
                        if (failure != null) {
                            wentDown(failure);
                        }
                    });
        } catch (RuntimeException failure) {
            wentDown(failure);
        }
    }

    @Override
    public boolean claimRefresh(String symbol, Duration hold) {
        return call(
                redis -> "OK"
                        .equals(redis.set(
                                PREFIX + symbol + ":refresh",
                                "1",
                                SetArgs.Builder.nx().px(hold.toMillis()))),
                true);
    }

    boolean available() {
        return clock.instant().isAfter(downUntil);
    }

    private <T> T call(Function<RedisCommands<String, String>, T> command, T whenDown) {
        if (!available()) {
            return whenDown;
        }
        try {
            T result = command.apply(redis.connection().sync());
            reachability.reached();
            return result;
        } catch (RuntimeException failure) {
            wentDown(failure);
            return whenDown;
        }
    }

    private void wentDown(Throwable failure) {
        reachability.failed(failure);
        downUntil = clock.instant().plus(COOL_DOWN);
    }

    @Override
    public void close() {
        redis.close();
    }
}
