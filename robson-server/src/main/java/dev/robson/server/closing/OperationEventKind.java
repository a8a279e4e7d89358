package dev.robson.server.closing;

/** What an entry of the audit trail records, as {@code operation_events.event} stores it (by name). */
enum OperationEventKind {
    /** ACTIVE → CLOSING: a stop, a target or a trader asked for the close. */
    CLOSING,
    ORDER_SENT,
    /** The exchange's answer was lost; the order is looked up before anything is sent again. */
    ORDER_UNKNOWN,
    /** A lookup showed the order never reached the exchange. */
    ORDER_NOT_FOUND,
    ORDER_REJECTED,
    /** The exchange holds another order under our client order id. */
    ORDER_MISMATCH,
    FILLED,
    CLOSED,
    NEEDS_ATTENTION,
    /** A trader asked for the close again. */
    RETRY,
    /** A trader settled a CLOSING operation with what the exchange shows. */
    RESOLVED
}
