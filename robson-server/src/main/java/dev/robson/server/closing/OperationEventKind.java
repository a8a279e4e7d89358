package dev.robson.server.closing;

import dev.robson.core.operation.OrderStatus;

/** What an entry of the audit trail records, as {@code operation_events.event} stores it (by name). */
public enum OperationEventKind {
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
    RESOLVED,

    // An entry plan's life (docs/entry-planning.md).
    PLANNED,
    CANCELLED,
    EXPIRED,
    CONFIRMED,
    REJECTED,
    ENTRY_ORDER_SENT,
    ENTRY_ORDER_UNKNOWN,
    ENTRY_ORDER_REJECTED,
    ENTRY_ORDER_NOT_FOUND,
    ENTRY_ORDER_MISMATCH,
    /** The IOC entry ended without a fill, by the exchange's final status. */
    ENTRY_ORDER_NEW,
    ENTRY_ORDER_PARTIALLY_FILLED,
    ENTRY_ORDER_FILLED,
    ENTRY_ORDER_CANCELED,
    ENTRY_ORDER_EXPIRED,
    ENTRY_FILLED,
    /** A filled entry's operation is guarded from now on. */
    ACTIVE,
    /** The entry bought nothing: the plan ends. */
    FAILED;

    /** The event of an entry order that ended with the exchange's {@code status} and no fill. */
    public static OperationEventKind entryOrderEnded(OrderStatus status) {
        return switch (status) {
            case NEW -> ENTRY_ORDER_NEW;
            case PARTIALLY_FILLED -> ENTRY_ORDER_PARTIALLY_FILLED;
            case FILLED -> ENTRY_ORDER_FILLED;
            case CANCELED -> ENTRY_ORDER_CANCELED;
            case REJECTED -> ENTRY_ORDER_REJECTED;
            case EXPIRED -> ENTRY_ORDER_EXPIRED;
        };
    }
}
