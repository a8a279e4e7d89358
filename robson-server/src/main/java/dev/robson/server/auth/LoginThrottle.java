package dev.robson.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.robson.server.problem.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed logins for one username from
 * one address, or {@value #DEFAULT_FREE_FAILURES_PER_ADDRESS} (configurable) from one address
 * for any usernames, each further attempt from there must wait, doubling up to
 * {@link #MAX_LOCK}. Locks are per address: a guesser elsewhere never locks the real user out,
 * which a lock on the username alone did (any stranger could keep anyone locked). A success
 * clears that username's count at that address. The address is the client's as resolved by
 * {@code ClientAddressFilter} (forwarded headers only from trusted proxies). Counts live in
 * this process; behind N replicas an attacker gets N times the attempts, still far too few.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int DEFAULT_FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(2);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);

    private final Clock clock;
    private final int freeFailuresPerAddress;
    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(200_000)
            .build();

    LoginThrottle(
            Clock clock,
            @Value("${robson.auth.login-failures-per-address:" + DEFAULT_FREE_FAILURES_PER_ADDRESS + "}")
                    int freeFailuresPerAddress) {
        this.clock = clock;
        this.freeFailuresPerAddress = freeFailuresPerAddress;
    }

    /** Refuses the attempt with 429 while the username or the address is locked. */
    void check(String username, String address) {
        Instant now = clock.instant();
        Instant until = latest(lockedUntil(userKey(username, address)), lockedUntil(addressKey(address)));
        if (until != null && until.isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
            throw ApiProblem.tooManyRequests(
                    "login_throttled", "Too many failed logins; try again in " + seconds + " s.", seconds);
        }
    }

    void failed(String username, String address) {
        record(userKey(username, address), FREE_FAILURES);
        record(addressKey(address), freeFailuresPerAddress);
    }

    void succeeded(String username, String address) {
        failures.invalidate(userKey(username, address));
    }

    private void record(String key, int free) {
        Instant now = clock.instant();
        failures.asMap().compute(key, (k, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            Instant until = null;
            if (count >= free) {
                long doublings = Math.min(20, count - free);
                Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
                until = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
            }
            return new Failures(count, until);
        });
    }

    private Instant lockedUntil(String key) {
        Failures recorded = failures.getIfPresent(key);
        return recorded == null ? null : recorded.lockedUntil();
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String userKey(String username, String address) {
        return "user:" + address + ":" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant lockedUntil) {}
}
