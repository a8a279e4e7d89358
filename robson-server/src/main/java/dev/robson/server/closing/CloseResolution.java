package dev.robson.server.closing;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.OrderPurpose;
import dev.robson.core.operation.OrderStatus;
import dev.robson.server.fees.FeeValuation;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.problem.ApiProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No dead ends: a CLOSING operation (with or without a note for attention) can be retried, or
 * settled with what the exchange shows. Every step is an audit event.
 */
@Service
public class CloseResolution {

    private final OperationCloser closer;
    private final OperationRepository operations;
    private final CloseOrderRepository closeOrders;
    private final OperationEventLog events;
    private final OrderExecutor executor;
    private final FeeValuation fees;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CloseResolution(
            OperationCloser closer,
            OperationRepository operations,
            CloseOrderRepository closeOrders,
            OperationEventLog events,
            OrderExecutor executor,
            FeeValuation fees,
            TransactionTemplate transaction,
            Clock clock) {
        this.closer = closer;
        this.operations = operations;
        this.closeOrders = closeOrders;
        this.events = events;
        this.executor = executor;
        this.fees = fees;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Tries the close again now: looks up what is pending, then sends what is missing, past the automatic bounds. */
    public Operation retry(long tenantId, long operationId) {
        Operation closing = requireClosing(tenantId, operationId);
        transaction.executeWithoutResult(status -> {
            operations.flagAttention(tenantId, operationId, null);
            events.record(tenantId, operationId, clock.instant(), OperationEventKind.RETRY, "close retried by hand");
        });
        closer.reconcile(closing, true);
        return current(tenantId, operationId);
    }

    Operation resolve(long tenantId, long operationId, ResolveCloseRequest request) {
        Operation closing = requireClosing(tenantId, operationId);
        return request.settledAs() == ResolveCloseRequest.Outcome.NOTHING_SOLD
                ? resumeGuarding(closing, request.note())
                : closedOutside(closing, request);
    }

    /**
     * Back to ACTIVE, only when the exchange confirms it: our last close order, if the exchange
     * has it as ours, sold nothing.
     */
    private Operation resumeGuarding(Operation closing, String note) {
        Optional<CloseOrderRepository.Stored> last =
                closeOrders.latest(closing.tenantId(), closing.id(), closer::symbol);
        if (last.isPresent() && last.get().status() != CloseOrderStatus.MISMATCH) {
            Optional<ExecutionReport> seen;
            try {
                seen = executor.lookup(last.get().order());
            } catch (OrderOutcomeUnknown | OrderLookupRefused notNow) {
                throw ApiProblem.unavailable(
                        "exchange_unavailable",
                        "The exchange could not confirm what became of the close order; try again.");
            }
            if (seen.isPresent() && seen.get().executedQuantity().signum() > 0) {
                throw ApiProblem.conflict(
                        "exchange_shows_fills",
                        "The exchange shows close order "
                                + last.get().order().clientOrderId() + " sold "
                                + seen.get().executedQuantity().toPlainString()
                                + "; resolve it as CLOSED_OUTSIDE or retry.");
            }
        }
        transaction.executeWithoutResult(status -> {
            Operation operation = current(closing.tenantId(), closing.id());
            operation.resumeGuarding();
            operations.update(operation);
            last.ifPresent(stored -> closeOrders.resolve(stored.order(), CloseOrderStatus.RESOLVED, clock.instant()));
            operations.flagAttention(closing.tenantId(), closing.id(), null);
            events.record(
                    closing.tenantId(),
                    closing.id(),
                    clock.instant(),
                    OperationEventKind.RESOLVED,
                    "back to ACTIVE: the exchange shows nothing sold" + noted(note));
        });
        return current(closing.tenantId(), closing.id());
    }

    /** Sold outside Robson: the fills the trader gives are recorded as exits, and the close finishes. */
    private Operation closedOutside(Operation closing, ResolveCloseRequest request) {
        if (request.fills() == null || request.fills().isEmpty()) {
            throw new DomainRuleViolation("fills_required", "CLOSED_OUTSIDE needs the fills the exchange shows.");
        }
        Symbol symbol = closing.symbol();
        List<OrderExecution> exits = new ArrayList<>();
        Instant now = clock.instant();
        int n = 0;
        for (ResolveCloseRequest.Fill fill : request.fills()) {
            n++;
            // Valued before the transaction: a fee in BNB reads its price.
            Fee fee = fill.commission() == null
                    ? Fee.NONE
                    : fees.fee(
                            symbol,
                            fill.commission(),
                            fill.commissionAsset() == null ? symbol.quote().code() : fill.commissionAsset(),
                            fill.price());
            exits.add(new OrderExecution(
                    OrderPurpose.EXIT,
                    OrderStatus.FILLED,
                    fill.quantity(),
                    Price.of(fill.price()),
                    now,
                    "outside-" + closing.id() + "-" + n,
                    fill.quantity().multiply(fill.price()),
                    fee));
        }
        transaction.executeWithoutResult(status -> {
            Operation operation = current(closing.tenantId(), closing.id());
            exits.forEach(operation::recordExit);
            BigDecimal left = operation.openQuantity();
            if (left.compareTo(symbol.stepSize()) < 0) {
                operation.completeClose(now);
            } else {
                operation.closeLeavingDust(now);
            }
            Operation closed = operations.update(operation);
            closeOrders
                    .latest(closing.tenantId(), closing.id(), closer::symbol)
                    .filter(stored -> stored.status().unresolved())
                    .ifPresent(stored -> closeOrders.resolve(stored.order(), CloseOrderStatus.RESOLVED, now));
            operations.flagAttention(closing.tenantId(), closing.id(), null);
            events.record(
                    closing.tenantId(),
                    closing.id(),
                    now,
                    OperationEventKind.RESOLVED,
                    "closed outside Robson with "
                            + exits.size() + " fill(s), realized "
                            + closed.realizedPnl().toPlainString() + " gross, "
                            + closed.realizedNetPnl().toPlainString() + " net" + noted(request.note()));
        });
        return current(closing.tenantId(), closing.id());
    }

    private Operation requireClosing(long tenantId, long operationId) {
        Operation operation = current(tenantId, operationId);
        if (operation.status() != OperationStatus.CLOSING) {
            throw ApiProblem.conflict(
                    "not_closing",
                    "Operation " + operationId + " is " + operation.status()
                            + "; only a CLOSING operation can be retried or resolved.");
        }
        return operation;
    }

    private Operation current(long tenantId, long operationId) {
        return operations.find(tenantId, operationId).orElseThrow(() -> OperationCloser.notFound(operationId));
    }

    private static String noted(String note) {
        return note == null || note.isBlank() ? "" : " (" + note + ")";
    }
}
