package dev.robson.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** How long a plan can still be confirmed, read against the CLI's clock: "expires in 1m 58s". */
final class Countdown {

    private Countdown() {}

    /** {@code expires in 1m 58s}, {@code expires in 7s}, {@code expired}; the instant itself when unreadable. */
    static String until(String expiresAt, Instant now) {
        Instant deadline;
        try {
            deadline = Instant.parse(expiresAt);
        } catch (DateTimeParseException unreadable) {
            return "expires at " + expiresAt;
        }
        long seconds = Duration.between(now, deadline).getSeconds();
        if (seconds <= 0) {
            return "expired";
        }
        return "expires in " + spoken(seconds);
    }

    static String spoken(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        long rest = seconds % 60;
        return rest == 0 ? minutes + "m" : minutes + "m " + rest + "s";
    }
}
