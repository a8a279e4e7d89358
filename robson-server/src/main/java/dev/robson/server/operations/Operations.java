package dev.robson.server.operations;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.Side;
import dev.robson.server.paper.PaperAccount;
import dev.robson.server.auth.Tenant;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.symbols.SymbolCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The operation lifecycle a trader drives: track, move stop/target, close by hand. */
@Service
public class Operations {

    private final OperationRepository operations;
    private final SymbolCatalog symbols;
    private final QuoteSource quotes;
    private final PaperAccount paperAccount;
    private final Clock clock;

    Operations(OperationRepository operations, SymbolCatalog symbols, QuoteSource quotes, PaperAccount paperAccount,
            Clock clock) {
        this.operations = operations;
        this.symbols = symbols;
        this.quotes = quotes;
        this.paperAccount = paperAccount;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Operation> list(Tenant tenant, OperationStatus status) {
        return operations.findByStatus(tenant.clientId(), status);
    }

    @Transactional(readOnly = true)
    public Operation get(Tenant tenant, long operationId) {
        return require(tenant, operationId);
    }

    @Transactional
    public Operation track(Tenant tenant, TrackOperationRequest request) {
        Symbol symbol = symbols.require(request.symbol());
        Side side = Side.fromLabel(request.side());
        Price exitPrice = side.exitPrice(quotes.quote(symbol).quote());
        Instant openedAt = request.openedAt() != null ? request.openedAt() : clock.instant();
        Operation tracked = Operation.track(tenant.clientId(), symbol, side, Quantity.of(request.quantity()),
                Price.of(request.entryPrice()), Price.of(request.stopLoss()), Price.of(request.takeProfit()),
                openedAt, exitPrice);
        return operations.insert(tracked);
    }

    @Transactional
    public Operation moveProtection(Tenant tenant, long operationId, MoveProtectionRequest request) {
        Operation operation = require(tenant, operationId);
        Price exitPrice = operation.side().exitPrice(quotes.quote(operation.symbol()).quote());
        operation.moveProtection(request.stopLoss() == null ? null : Price.of(request.stopLoss()),
                request.takeProfit() == null ? null : Price.of(request.takeProfit()), exitPrice);
        return save(operation);
    }

    /**
     * Closes at the current exit-side price as a paper fill. The stop monitor's close path
     * (real orders, reconciliation) replaces this for live trading.
     */
    @Transactional
    public Operation closeManually(Tenant tenant, long operationId) {
        Operation operation = require(tenant, operationId);
        Price exitPrice = operation.side().exitPrice(quotes.quote(operation.symbol()).quote());
        operation.beginClosing(CloseReason.MANUAL);
        var quantity = operation.symbol().floorToStep(operation.openQuantity());
        Instant now = clock.instant();
        operation.recordExit(OrderExecution.filledExit(Quantity.of(quantity), exitPrice, now,
                "robson-" + operation.id() + "-manual-1"));
        operation.completeClose(now);
        Operation closed = save(operation);
        settlePaperFill(closed, quantity, exitPrice);
        return closed;
    }

    /** A LONG's close sells the base asset for the quote asset; a SHORT's buys it back. */
    private void settlePaperFill(Operation closed, java.math.BigDecimal quantity, Price price) {
        Symbol symbol = closed.symbol();
        java.math.BigDecimal proceeds = quantity.multiply(price.value());
        if (closed.isLong()) {
            paperAccount.exchange(closed.clientId(), symbol.base().code(), quantity, symbol.quote().code(), proceeds);
        } else {
            paperAccount.exchange(closed.clientId(), symbol.quote().code(), proceeds, symbol.base().code(), quantity);
        }
    }

    private Operation require(Tenant tenant, long operationId) {
        return operations.find(tenant.clientId(), operationId)
                .orElseThrow(() -> ApiProblem.notFound("operation_not_found",
                        "Operation " + operationId + " does not exist."));
    }

    private Operation save(Operation operation) {
        try {
            return operations.update(operation);
        } catch (OptimisticLockingFailureException concurrent) {
            throw ApiProblem.conflict("concurrent_change",
                    "Operation " + operation.id() + " changed meanwhile; read it again and retry.");
        }
    }
}
