package dev.robson.server.performance;

import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OrderPurpose;
import dev.robson.core.performance.ClosedTrade;
import dev.robson.core.performance.FillAverage;

/** The one place a closed operation becomes a trade for history and statistics. */
final class ClosedTradeMapping {

    private ClosedTradeMapping() {}

    /**
     * Gross realized P&amp;L and both legs' fees in the quote asset, as the operation records them
     * (a fee no market could value at the time is left out, as in the operation's own net P&amp;L).
     */
    static ClosedTrade of(Operation operation) {
        return new ClosedTrade(
                operation.number(),
                operation.symbol().name(),
                operation.symbol().quote(),
                operation.side(),
                operation.entryQuantity(),
                operation.averageEntryPrice().value(),
                FillAverage.of(operation.orders(), OrderPurpose.EXIT),
                operation.closeReason(),
                operation.openedAt(),
                operation.closedAt(),
                operation.realizedPnl(),
                operation.feesPaid());
    }
}
