package dev.robson.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How instants read on screen, in the user's zone (UTC unless the environment says otherwise). */
final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private Times() {}

    /** {@code 12:00:00}: a watch's frames and a quote's age, where the day goes without saying. */
    static String clock(Instant instant, ZoneId zone) {
        return CLOCK.format(instant.atZone(zone));
    }

    /** {@code 2026-01-05 12:00:00 Z}. */
    static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** Epoch seconds, as the API sends {@code as_of} and {@code timestamp}. */
    static String clock(long epochSecond, ZoneId zone) {
        return clock(Instant.ofEpochSecond(epochSecond), zone);
    }

    static String dateTime(long epochSecond, ZoneId zone) {
        return dateTime(Instant.ofEpochSecond(epochSecond), zone);
    }
}
