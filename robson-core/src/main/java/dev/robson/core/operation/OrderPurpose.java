package dev.robson.core.operation;

/** Whether an order opened the position or is closing it. */
public enum OrderPurpose {
    ENTRY,
    EXIT
}
