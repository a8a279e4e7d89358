package dev.robson.server.market;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.robson.server.problem.ApiProblem;
import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket per tenant for the price endpoint, so one runaway script cannot starve the
 * others. Buckets live in this process: behind N replicas a tenant gets up to N times the
 * rate, which still keeps the exchange safe because the quote cache sits behind it.
 */
final class PriceRateLimiter {

    private final Clock clock;
    private final long capacity;
    private final long nanosPerToken;
    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    PriceRateLimiter(Clock clock, int perSecond, int burst) {
        this.clock = clock;
        this.capacity = burst;
        this.nanosPerToken = Duration.ofSeconds(1).toNanos() / Math.max(1, perSecond);
    }

    void acquire(long clientId) {
        long waitNanos = buckets.get(clientId, id -> new Bucket(capacity, now())).take(now(), capacity, nanosPerToken);
        if (waitNanos > 0) {
            long seconds = (waitNanos + 999_999_999L) / 1_000_000_000L;
            throw ApiProblem.tooManyRequests("rate_limited",
                    "Too many price requests; retry in " + seconds + " s.", seconds);
        }
    }

    private long now() {
        Duration sinceEpoch = Duration.between(java.time.Instant.EPOCH, clock.instant());
        return sinceEpoch.toNanos();
    }

    private static final class Bucket {
        private long tokens;
        private long refilledAt;

        Bucket(long tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        /** Takes a token and answers 0, or answers how long until one is there. */
        synchronized long take(long now, long capacity, long nanosPerToken) {
            long earned = (now - refilledAt) / nanosPerToken;
            if (earned > 0) {
                tokens = Math.min(capacity, tokens + earned);
                refilledAt = tokens == capacity ? now : refilledAt + earned * nanosPerToken;
            }
            if (tokens > 0) {
                tokens--;
                return 0;
            }
            return nanosPerToken - (now - refilledAt);
        }
    }
}
