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
            "RESOLVED",
            // An entry plan's life (docs/entry-planning.md): planned, confirmed or refused, its
            // entry order and how it ended, the guarded operation it became.
            "PLANNED",
            "CANCELLED",
            "EXPIRED",
            "CONFIRMED",
            "REJECTED",
            "ENTRY_ORDER_SENT",
            "ENTRY_ORDER_UNKNOWN",
            "ENTRY_ORDER_REJECTED",
            "ENTRY_ORDER_NOT_FOUND",
            "ENTRY_ORDER_MISMATCH",
            "ENTRY_ORDER_NEW",
            "ENTRY_ORDER_PARTIALLY_FILLED",
            "ENTRY_ORDER_FILLED",
            "ENTRY_ORDER_CANCELED",
            "ENTRY_ORDER_EXPIRED",
            "ENTRY_FILLED",
            "ACTIVE",
            "FAILED");

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
