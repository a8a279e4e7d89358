package dev.robson.server.portfolio;

import dev.robson.core.operation.OperationStatus;

/** A position as the portfolio shows it: guarded, or on its way out. */
enum PositionStatus {
    OPEN,
    CLOSING;

    static PositionStatus of(OperationStatus status) {
        return status == OperationStatus.CLOSING ? CLOSING : OPEN;
    }
}
