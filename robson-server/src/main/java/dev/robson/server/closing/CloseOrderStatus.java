package dev.robson.server.closing;

/** Where a close order stands, as {@code close_orders.status} stores it (by name). */
enum CloseOrderStatus {
    /** Sent or about to be; its outcome is not known yet. */
    PENDING,
    /** The exchange's answer was lost: look it up before sending anything again. */
    UNKNOWN,
    /** The executor refused it, or the exchange reported it rejected. */
    REJECTED,
    /** The exchange never received it: safe to send a next attempt. */
    NOT_FOUND,
    /** The exchange has an order under this id that is not the one we sent: a person must look. */
    MISMATCH,
    /** A person settled it by hand (resolve). */
    RESOLVED,
    FILLED,
    CANCELED,
    EXPIRED;

    /** What the exchange's report makes of the order: a still working one is asked about again. */
    static CloseOrderStatus reported(ExecutionReport report) {
        return switch (report.status()) {
            case NEW, PARTIALLY_FILLED -> UNKNOWN;
            case FILLED -> FILLED;
            case CANCELED -> CANCELED;
            case REJECTED -> REJECTED;
            case EXPIRED -> EXPIRED;
        };
    }

    /** Its fate is not known yet: settle it with the exchange before anything else is sent. */
    boolean unresolved() {
        return this == PENDING || this == UNKNOWN;
    }
}
