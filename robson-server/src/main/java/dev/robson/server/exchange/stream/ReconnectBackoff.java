package dev.robson.server.exchange.stream;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays, doubling from {@code min} to {@code max}. Each is drawn between half and all
 * of its step ("equal jitter"), so replicas that lost the stream together do not knock on
 * Binance's door together. Not thread-safe: the stream's supervisor thread owns it.
 */
final class ReconnectBackoff {

    private final Duration min;
    private final Duration max;
    private final RandomGenerator random;
    private Duration step;

    ReconnectBackoff(Duration min, Duration max, RandomGenerator random) {
        if (!min.isPositive() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < min <= max, not " + min + " and " + max);
        }
        this.min = min;
        this.max = max;
        this.random = random;
        this.step = min;
    }

    /** The delay before the next attempt; the one after will be about twice as long. */
    Duration next() {
        long full = step.toMillis();
        long half = full / 2;
        step = step.multipliedBy(2).compareTo(max) > 0 ? max : step.multipliedBy(2);
        return Duration.ofMillis(half + random.nextLong(full - half + 1));
    }

    /** A connection proved itself: the next failure starts again from the shortest delay. */
    void reset() {
        step = min;
    }
}
