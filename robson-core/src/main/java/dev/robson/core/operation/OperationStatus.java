package dev.robson.core.operation;

/** Lifecycle of an operation: watched, being closed by an exit order, finished. */
public enum OperationStatus {
    ACTIVE,
    CLOSING,
    CLOSED
}
