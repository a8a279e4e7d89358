package dev.robson.server.alerts;

import java.util.List;
import java.util.Set;

/** The operation events a target may choose, and what it gets when it chooses none. */
final class AlertEvents {

    static final Set<String> KNOWN = Set.of(
            "CLOSING",
            "ORDER_SENT",
            "FILLED",
            "CLOSED",
            "NEEDS_ATTENTION",
            "ORDER_UNKNOWN",
            "ORDER_REJECTED",
            "ORDER_NOT_FOUND",
            "ORDER_MISMATCH",
            "RETRY",
            "RESOLVED");

    /** The position is gone (stop, target, by hand) or a person has to look. */
    static final List<String> DEFAULT = List.of("CLOSED", "NEEDS_ATTENTION");

    /** What a test delivery is called in the log and in the request's X-Robson-Event. */
    static final String TEST = "TEST";

    private AlertEvents() {}

    static String stored(List<String> events) {
        return String.join(",", events);
    }

    static List<String> parse(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }
}
