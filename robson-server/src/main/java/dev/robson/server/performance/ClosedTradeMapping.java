package dev.robson.server.performance;

import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OrderPurpose;
import dev.robson.core.performance.ClosedTrade;
import dev.robson.core.performance.FillAverage;
import java.math.BigDecimal;

/** The one place a closed operation becomes a trade for history and statistics. */
final class ClosedTradeMapping {

    private ClosedTradeMapping() {
    }

    /**
     * Operations do not record fees yet, so every trade is mapped with fees of zero and its net
     * P&amp;L equals its gross one. When fills carry their fees, this method sums them.
     */
    static ClosedTrade of(Operation operation) {
        return new ClosedTrade(operation.id(), operation.symbol().name(), operation.symbol().quote(),
                operation.side(), operation.entryQuantity(), operation.averageEntryPrice().value(),
                FillAverage.of(operation.orders(), OrderPurpose.EXIT), operation.closeReason(),
                operation.openedAt(), operation.closedAt(), operation.realizedPnl(), BigDecimal.ZERO);
    }
}
