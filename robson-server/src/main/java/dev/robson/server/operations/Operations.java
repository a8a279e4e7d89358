package dev.robson.server.operations;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
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

/** The operation lifecycle a trader drives: track, and move stop/target. Closing is its own path. */
@Service
public class Operations {

    private final OperationRepository operations;
    private final SymbolCatalog symbols;
    private final QuoteSource quotes;
    private final Clock clock;
    private final OperationLimits limits;

    Operations(OperationRepository operations, SymbolCatalog symbols, QuoteSource quotes, Clock clock,
            OperationLimits limits) {
        this.operations = operations;
        this.symbols = symbols;
        this.quotes = quotes;
        this.clock = clock;
        this.limits = limits;
    }

    @Transactional(readOnly = true)
    public List<Operation> list(Tenant tenant, OperationStatus status, int limit, Long beforeId) {
        return operations.findPage(tenant.clientId(), status, limit, beforeId);
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
        operations.lockTenant(tenant.clientId());
        int open = operations.countOpen(tenant.clientId());
        if (open >= limits.maxOpenPerTenant()) {
            throw ApiProblem.unprocessable("open_operations_limit", "This account already has " + open
                    + " open operations, the most it may hold; close some before tracking another.");
        }
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

    @Transactional(readOnly = true)
    public java.util.Map<Long, String> attention(Tenant tenant, List<Long> operationIds) {
        return operations.attentionOf(tenant.clientId(), operationIds);
    }

    private Operation require(Tenant tenant, long operationId) {
        return operations.find(tenant.clientId(), operationId)
                .orElseThrow(() -> ApiProblem.notFound("operation_not_found", "The operation does not exist."));
    }

    private Operation save(Operation operation) {
        try {
            return operations.update(operation);
        } catch (OptimisticLockingFailureException concurrent) {
            throw ApiProblem.conflict("concurrent_change",
                    "Operation " + operation.number() + " changed meanwhile; read it again and retry.");
        }
    }
}
