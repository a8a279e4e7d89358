package dev.robson.server.market;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.robson.server.problem.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket per tenant for one endpoint, so one runaway script cannot starve the
 * others. Buckets live in this process: behind N replicas a tenant gets up to N times the
 * rate, which still keeps the exchange safe because the caches and the exchange weight
 * shares sit behind it.
 */
public final class TenantRateLimiter {

    private final Clock clock;
    private final long capacity;
    private final long nanosPerToken;
    private final String requests;
    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    /**
     * @param perToken how long a spent request takes to come back
     * @param burst    how many requests a tenant may make at once
     * @param requests what is limited, for the refusal's wording ("price requests")
     */
    public TenantRateLimiter(Clock clock, Duration perToken, int burst, String requests) {
        this.clock = clock;
        this.capacity = Math.max(1, burst);
        this.nanosPerToken = Math.max(1, perToken.toNanos());
        this.requests = requests;
    }

    /** {@code perMinute} requests a minute sustained, {@code burst} at once (at least 1 of each). */
    public static TenantRateLimiter perMinute(Clock clock, int perMinute, int burst, String requests) {
        return new TenantRateLimiter(clock, Duration.ofMinutes(1).dividedBy(Math.max(1, perMinute)), burst, requests);
    }

    /** Takes one of the tenant's requests, or refuses it: 429 {@code rate_limited} with Retry-After. */
    public void acquire(long tenantId) {
        long waitNanos =
                buckets.get(tenantId, id -> new Bucket(capacity, now())).take(now(), capacity, nanosPerToken);
        if (waitNanos > 0) {
            long seconds = (waitNanos + 999_999_999L) / 1_000_000_000L;
            throw ApiProblem.tooManyRequests(
                    "rate_limited", "Too many " + requests + "; retry in " + seconds + " s.", seconds);
        }
    }

    private long now() {
        Duration sinceEpoch = Duration.between(Instant.EPOCH, clock.instant());
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
