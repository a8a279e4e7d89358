package dev.robson.server.exchange;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something that happens on another thread, up to a deadline, instead of sleeping a guess. */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(5);

    private Eventually() {}

    public static void within(Duration deadline, String what, BooleanSupplier condition) {
        await(what).atMost(deadline).pollDelay(Duration.ZERO).pollInterval(POLL).until(condition::getAsBoolean);
    }

    /** Holds that {@code condition} stays false for the whole {@code period}: the first sighting fails. */
    public static void never(Duration period, String what, BooleanSupplier condition) {
        await("never: " + what)
                .during(period)
                .atMost(period.plus(Duration.ofSeconds(5)))
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .failFast("happened: " + what, condition::getAsBoolean)
                .until(() -> true);
    }
}
