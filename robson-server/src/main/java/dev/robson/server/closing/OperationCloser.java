package dev.robson.server.closing;

import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.OrderPurpose;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way an operation is closed, whether the stop monitor or a person asks:
 * <ol>
 *   <li>in one transaction: ACTIVE → CLOSING and the intended order written down;</li>
 *   <li>the order sent (outside any transaction: the exchange may be slow);</li>
 *   <li>in a second transaction: the fill recorded, realized P&amp;L kept, CLOSING → CLOSED.</li>
 * </ol>
 * If the answer is lost (timeout, 5xx, crash between 2 and 3) the operation stays CLOSING
 * with its order UNKNOWN or PENDING, and {@link #reconcile} asks the exchange by client order
 * id before anything is sent again. So an operation is never sold twice.
 */
@Service
public class OperationCloser {

    private static final Logger log = LoggerFactory.getLogger(OperationCloser.class);
    /** By default an order younger than this may still be in flight: don't judge it missing yet. */
    static final Duration SETTLING_TIME = Duration.ofSeconds(5);
    /** Rejections in a row after which a person has to look. */
    static final int MAX_REJECTED_ATTEMPTS = 3;

    private final OperationRepository operations;
    private final CloseOrders closeOrders;
    private final OperationEvents events;
    private final OrderExecutor executor;
    private final QuoteSource quotes;
    private final SymbolCatalog symbols;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration settlingTime;

    @org.springframework.beans.factory.annotation.Autowired
    OperationCloser(OperationRepository operations, CloseOrders closeOrders, OperationEvents events,
            OrderExecutor executor, QuoteSource quotes, SymbolCatalog symbols, TransactionTemplate transaction,
            Clock clock, @org.springframework.beans.factory.annotation.Value("${robson.closing.settling-time:5s}")
            Duration settlingTime) {
        this.operations = operations;
        this.closeOrders = closeOrders;
        this.events = events;
        this.executor = executor;
        this.quotes = quotes;
        this.symbols = symbols;
        this.transaction = transaction;
        this.clock = clock;
        this.settlingTime = settlingTime;
    }

    OperationCloser(OperationRepository operations, CloseOrders closeOrders, OperationEvents events,
            OrderExecutor executor, QuoteSource quotes, SymbolCatalog symbols, TransactionTemplate transaction,
            Clock clock) {
        this(operations, closeOrders, events, executor, quotes, symbols, transaction, clock, SETTLING_TIME);
    }

    /** Closes an ACTIVE operation for {@code reason}; answers the operation as it stands after. */
    public Operation close(long clientId, long operationId, CloseReason reason) {
        Optional<CloseOrder> order = transaction.execute(status -> begin(clientId, operationId, reason));
        if (order.isPresent()) {
            send(order.get());
        }
        return current(clientId, operationId);
    }

    /** Brings a CLOSING operation to its end: asks before resending, resends what is missing. */
    public void reconcile(Operation closing) {
        long clientId = closing.clientId();
        long id = closing.id();
        Optional<CloseOrders.Stored> last = closeOrders.latest(clientId, id, this::symbol);
        if (last.isPresent() && last.get().unresolved()) {
            CloseOrder order = last.get().order();
            if (last.get().createdAt().plus(settlingTime).isAfter(clock.instant())) {
                return;
            }
            Optional<ExecutionReport> known;
            try {
                known = executor.lookup(order);
            } catch (OrderOutcomeUnknown stillUnknown) {
                return;
            }
            if (known.isPresent()) {
                record(order, known.get());
                return;
            }
            transaction.executeWithoutResult(status -> {
                closeOrders.resolve(order, CloseOrders.NOT_FOUND, clock.instant());
                events.record(clientId, id, clock.instant(), "ORDER_NOT_FOUND", order.clientOrderId()
                        + " never reached the exchange");
            });
        }
        if (closeOrders.attempts(id) >= MAX_REJECTED_ATTEMPTS + 1 && last.isPresent()
                && CloseOrders.REJECTED.equals(last.get().status())) {
            return;
        }
        Optional<CloseOrder> next = transaction.execute(status -> nextAttempt(clientId, id));
        next.ifPresent(this::send);
    }

    private Optional<CloseOrder> begin(long clientId, long operationId, CloseReason reason) {
        Operation operation = operations.find(clientId, operationId).orElseThrow(() -> ApiProblem.notFound(
                "operation_not_found", "Operation " + operationId + " does not exist."));
        Optional<String> tooSmall = belowMinimum(operation);
        operation.beginClosing(reason);
        saveOrConflict(operation);
        events.record(clientId, operationId, clock.instant(), "CLOSING", reason.name());
        if (tooSmall.isPresent()) {
            flag(operation, tooSmall.get());
            return Optional.empty();
        }
        return Optional.of(writeOrder(operation, reason));
    }

    private Optional<CloseOrder> nextAttempt(long clientId, long operationId) {
        Operation operation = operations.find(clientId, operationId).orElseThrow();
        if (operation.status() != OperationStatus.CLOSING) {
            return Optional.empty();
        }
        if (remainderIsDust(operation)) {
            operation.completeClose(clock.instant());
            operations.update(operation);
            events.record(clientId, operationId, clock.instant(), "CLOSED", "remaining quantity below one step");
            return Optional.empty();
        }
        Optional<String> tooSmall = belowMinimum(operation);
        if (tooSmall.isPresent()) {
            flag(operation, tooSmall.get());
            return Optional.empty();
        }
        return Optional.of(writeOrder(operation, operation.closeReason()));
    }

    private CloseOrder writeOrder(Operation operation, CloseReason reason) {
        Symbol symbol = operation.symbol();
        CloseOrder order = new CloseOrder(operation.clientId(), operation.id(), closeOrders.nextAttempt(operation.id()),
                symbol, operation.side().closingSide(), symbol.floorToStep(operation.openQuantity()), reason);
        closeOrders.insert(order, clock.instant());
        events.record(operation.clientId(), operation.id(), clock.instant(), "ORDER_SENT",
                order.side() + " " + order.quantity().toPlainString() + " " + symbol.name() + " as "
                        + order.clientOrderId() + " (" + executor.mode() + ")");
        return order;
    }

    private void send(CloseOrder order) {
        ExecutionReport report;
        try {
            report = executor.submit(order);
        } catch (OrderOutcomeUnknown unknown) {
            transaction.executeWithoutResult(status -> {
                closeOrders.resolve(order, CloseOrders.UNKNOWN, clock.instant());
                events.record(order.clientId(), order.operationId(), clock.instant(), "ORDER_UNKNOWN",
                        order.clientOrderId() + ": " + unknown.getMessage());
            });
            log.warn("Close order {} outcome unknown; it will be looked up before any resend", order.clientOrderId());
            return;
        } catch (OrderRejected rejected) {
            transaction.executeWithoutResult(status -> {
                closeOrders.resolve(order, CloseOrders.REJECTED, clock.instant());
                events.record(order.clientId(), order.operationId(), clock.instant(), "ORDER_REJECTED",
                        order.clientOrderId() + ": " + rejected.getMessage());
                if (closeOrders.attempts(order.operationId()) >= MAX_REJECTED_ATTEMPTS) {
                    operations.flagAttention(order.clientId(), order.operationId(),
                            "The exchange rejected the close order " + MAX_REJECTED_ATTEMPTS + " times: "
                                    + rejected.getMessage());
                }
            });
            return;
        }
        record(order, report);
    }

    private void record(CloseOrder order, ExecutionReport report) {
        transaction.executeWithoutResult(status -> {
            Operation operation = operations.find(order.clientId(), order.operationId()).orElseThrow();
            Instant now = clock.instant();
            if (report.executedQuantity().signum() > 0 && operation.status() == OperationStatus.CLOSING) {
                operation.recordExit(new OrderExecution(OrderPurpose.EXIT, report.status(),
                        report.executedQuantity(), report.averagePrice(), now, order.clientOrderId()));
                events.record(order.clientId(), order.operationId(), now, "FILLED",
                        report.executedQuantity().toPlainString() + " at " + report.averagePrice() + " ("
                                + report.status() + ")");
            }
            closeOrders.resolve(order, report.isFinal() ? report.status().name() : CloseOrders.UNKNOWN, now);
            if (operation.status() == OperationStatus.CLOSING && remainderIsDust(operation)) {
                operation.completeClose(now);
                events.record(order.clientId(), order.operationId(), now, "CLOSED", operation.closeReason().name()
                        + ", realized " + operation.realizedPnl().toPlainString());
            }
            operations.update(operation);
        });
    }

    /** The exchange refuses orders under the symbol's minimum notional: say so, never sit silent. */
    private Optional<String> belowMinimum(Operation operation) {
        Symbol symbol = operation.symbol();
        BigDecimal quantity = symbol.floorToStep(operation.openQuantity());
        Price price = operation.side().exitPrice(quotes.quote(symbol).quote());
        BigDecimal notional = quantity.multiply(price.value());
        if (quantity.signum() == 0 || notional.compareTo(symbol.minNotional()) < 0) {
            return Optional.of("Open quantity " + quantity.toPlainString() + " " + symbol.base().code() + " is worth "
                    + symbol.roundQuoteAmount(notional).toPlainString() + " " + symbol.quote().code()
                    + ", below the exchange minimum of " + symbol.minNotional().stripTrailingZeros().toPlainString()
                    + "; close it by hand on the exchange.");
        }
        return Optional.empty();
    }

    private void flag(Operation operation, String reason) {
        if (reason.equals(operations.attentionOf(operation.clientId(), java.util.List.of(operation.id()))
                .get(operation.id()))) {
            return;
        }
        operations.flagAttention(operation.clientId(), operation.id(), reason);
        events.record(operation.clientId(), operation.id(), clock.instant(), "NEEDS_ATTENTION", reason);
        log.warn("Operation {} needs attention: below the minimum notional", operation.id());
    }

    private static boolean remainderIsDust(Operation operation) {
        return operation.openQuantity().compareTo(operation.symbol().stepSize()) < 0;
    }

    private void saveOrConflict(Operation operation) {
        try {
            operations.update(operation);
        } catch (OptimisticLockingFailureException concurrent) {
            throw ApiProblem.conflict("concurrent_change",
                    "Operation " + operation.number() + " changed meanwhile; read it again and retry.");
        }
    }

    private Operation current(long clientId, long operationId) {
        return operations.find(clientId, operationId).orElseThrow();
    }

    private Symbol symbol(String name) {
        return symbols.find(name).orElseThrow();
    }
}
