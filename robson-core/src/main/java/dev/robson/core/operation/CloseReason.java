package dev.robson.core.operation;

/** Why an operation left ACTIVE. */
public enum CloseReason {
    STOP_LOSS,
    TAKE_PROFIT,
    MANUAL
}
