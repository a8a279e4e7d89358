package dev.robson.server.performance;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.Side;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.TestTenants;
import dev.robson.server.symbols.SymbolCatalog;
import java.time.Instant;
import java.util.List;

/** Writes finished operations (one entry fill, one exit fill) straight into storage. */
record ClosedOperations(OperationRepository operations, SymbolCatalog symbols) {

    long closed(
            TestTenants.Trader trader,
            String symbol,
            Side side,
            String quantity,
            String entry,
            String exit,
            String openedAt,
            String closedAt,
            CloseReason reason) {
        Instant opened = Instant.parse(openedAt);
        Instant closed = Instant.parse(closedAt);
        var fills = List.of(
                OrderExecution.filledEntry(Quantity.of(quantity), Price.of(entry), opened),
                OrderExecution.filledExit(Quantity.of(quantity), Price.of(exit), closed, "robson-test-" + closed));
        // Stop and target only need to be ordered for the side; a closed operation never checks them again.
        Price low = Price.of("0.00001");
        Price high = Price.of("1000000");
        Operation operation = new Operation(
                null,
                trader.tenantId(),
                symbols.find(symbol).orElseThrow(),
                side,
                side == Side.BUY ? low : high,
                side == Side.BUY ? high : low,
                OperationStatus.CLOSED,
                reason,
                opened,
                closed,
                fills,
                0);
        return operations.insert(operation).id();
    }
}
