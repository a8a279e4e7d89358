package dev.robson.server.closing;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.OrderPurpose;
import dev.robson.core.operation.OrderStatus;
import dev.robson.server.fees.FeeValuation;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.operations.OperationService;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.symbols.SymbolCatalog;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way an operation is closed, whether the stop monitor or a person asks:
 * <ol>
 *   <li>before any transaction: the price (the stream's triggering quote when there is one), the
 *       account's free balance of what the close spends and the exchange's average price;</li>
 *   <li>in one transaction: ACTIVE → CLOSING and the intended order written down, sized
 *       min(held, what the free balance covers) floored to the MARKET step and capped at the
 *       MARKET maximum and the maximum notional at the average price;</li>
 *   <li>the order sent (outside any transaction: the exchange may be slow); its fees valued;</li>
 *   <li>in a second transaction: the fills recorded once each, realized P&amp;L kept gross and net,
 *       CLOSING → CLOSED, or the next order of a split close written.</li>
 * </ol>
 * If the answer is lost (-1006, -1007, timeout, 5xx, crash between 3 and 4) the operation stays
 * CLOSING with its order UNKNOWN or PENDING and is looked up by client order id within seconds,
 * with backoff, before anything is sent again; a looked-up order counts only when it is the one
 * we sent. So an operation is never sold twice, and never closed on someone else's order.
 */
@Service
public class OperationCloser {

    private static final Logger log = LoggerFactory.getLogger(OperationCloser.class);
    /** By default an order younger than this may still be in flight: don't judge it missing yet. */
    static final Duration SETTLING_TIME = Duration.ofSeconds(5);
    /** Close orders one operation may send in all (splits and retries): past it, a person decides. */
    static final int MAX_ORDERS = 20;
    /** Lookups that could not tell an order's fate, after which a person has to look. */
    static final int MAX_LOOKUPS = 8;
    /** How far the exchange's time of an order may be from when we wrote it down (clock skew, slow sends). */
    static final Duration ORDER_TIME_TOLERANCE = Duration.ofMinutes(2);
    /** Follow-ups of unknown outcomes wait 1, 2, 4, … up to 32 times the base delay. */
    private static final int MAX_BACKOFF_DOUBLINGS = 5;

    private final OperationRepository operations;
    private final CloseOrderRepository closeOrders;
    private final OrderFillRepository fills;
    private final OperationEventLog events;
    private final OrderExecutor executor;
    private final QuoteSource quotes;
    private final SymbolCatalog symbols;
    private final FeeValuation fees;
    private final ClientOrderIdIssuer ids;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration settlingTime;
    private final ScheduledExecutorService followUps = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "close-follow-up");
        thread.setDaemon(true);
        return thread;
    });
    /** One close step at a time per operation in this process; the database guards across replicas. */
    private final ConcurrentHashMap<Long, Object> locks = new ConcurrentHashMap<>();

    @Autowired
    OperationCloser(
            OperationRepository operations,
            CloseOrderRepository closeOrders,
            OrderFillRepository fills,
            OperationEventLog events,
            OrderExecutor executor,
            QuoteSource quotes,
            SymbolCatalog symbols,
            FeeValuation fees,
            ClientOrderIdIssuer ids,
            TransactionTemplate transaction,
            Clock clock,
            ClosingProperties closing) {
        this.operations = operations;
        this.closeOrders = closeOrders;
        this.fills = fills;
        this.events = events;
        this.executor = executor;
        this.quotes = quotes;
        this.symbols = symbols;
        this.fees = fees;
        this.ids = ids;
        this.transaction = transaction;
        this.clock = clock;
        this.settlingTime = closing.settlingTime();
    }

    @PreDestroy
    void stopFollowUps() {
        followUps.shutdownNow();
    }

    /** Closes an ACTIVE operation for {@code reason} at the current market; answers the operation after. */
    public Operation close(long tenantId, long operationId, CloseReason reason) {
        return close(tenantId, operationId, reason, null);
    }

    /**
     * Closes an ACTIVE operation for {@code reason}.
     *
     * @param trigger the quote that crossed the stop or target (recorded in the audit trail and
     *                used to judge the order's size), or null to read the market now
     */
    public Operation close(long tenantId, long operationId, CloseReason reason, Quote trigger) {
        synchronized (lock(operationId)) {
            Operation operation = operations.find(tenantId, operationId).orElseThrow(() -> notFound(operationId));
            if (operation.status() == OperationStatus.ACTIVE
                    && !operation.symbol().trading()) {
                throw ApiProblem.conflict(
                        "market_not_trading",
                        "The exchange does not trade "
                                + operation.symbol().name() + " now ("
                                + operation.symbol().status()
                                + "); the stop stays armed until it does.");
            }
            Price exitPrice = null;
            CloseBounds bounds = CloseBounds.UNKNOWN;
            if (operation.status() == OperationStatus.ACTIVE) {
                Quote quote = trigger != null
                        ? trigger
                        : quotes.quote(operation.symbol()).quote();
                exitPrice = operation.side().exitPrice(quote);
                bounds = boundsOf(operation);
            }
            Price price = exitPrice;
            CloseBounds available = bounds;
            String source =
                    trigger != null ? "the quote that triggered it, read at " + trigger.readAt() : "read for the close";
            Optional<CloseOrder> order =
                    transaction.execute(status -> begin(tenantId, operationId, reason, price, source, available));
            order.ifPresent(first -> sendAndContinue(first, price));
        }
        return current(tenantId, operationId);
    }

    /** Brings a CLOSING operation to its end: asks before resending, resends what is missing. */
    public void reconcile(Operation closing) {
        reconcile(closing, false);
    }

    /** Reconciles the stored operation if it is still CLOSING: it may have closed since it was seen so. */
    public void reconcileIfClosing(long tenantId, long operationId) {
        operations
                .find(tenantId, operationId)
                .filter(operation -> operation.status() == OperationStatus.CLOSING)
                .ifPresent(this::reconcile);
    }

    /**
     * @param force a person asked (retry): look up and resend past the automatic bounds
     */
    void reconcile(Operation closing, boolean force) {
        long tenantId = closing.tenantId();
        long id = closing.id();
        synchronized (lock(id)) {
            Optional<CloseOrderRepository.Stored> last = closeOrders.latest(tenantId, id, this::symbol);
            if (last.isPresent()) {
                CloseOrderRepository.Stored stored = last.get();
                if (stored.status() == CloseOrderStatus.MISMATCH && !force) {
                    return;
                }
                if (stored.status().unresolved() && !settle(stored, force)) {
                    return;
                }
                if (stored.status() == CloseOrderStatus.REJECTED
                        && !RejectionEscalation.maySendAfterRejection(closeOrders.rejectionsInARow(id), force)) {
                    return;
                }
            }
            Operation now = current(tenantId, id);
            if (now.status() != OperationStatus.CLOSING) {
                return;
            }
            Price price = exitPriceNow(now);
            CloseBounds bounds = boundsOf(now);
            Optional<CloseOrder> next = transaction.execute(status -> planNext(tenantId, id, price, bounds));
            next.ifPresent(order -> sendAndContinue(order, price));
        }
    }

    /**
     * Learns the fate of an unresolved order. Answers true when it is known now and the close
     * may go on; false when it must wait (still settling, unknown, refused, not ours).
     */
    private boolean settle(CloseOrderRepository.Stored stored, boolean force) {
        CloseOrder order = stored.order();
        if (!force && order.createdAt().plus(settlingTime).isAfter(clock.instant())) {
            followUp(order, 0);
            return false;
        }
        if (!force && stored.lookups() >= MAX_LOOKUPS) {
            return false;
        }
        Optional<ExecutionReport> known;
        try {
            known = executor.lookup(order);
        } catch (OrderOutcomeUnknown stillUnknown) {
            int lookups = closeOrders.countLookup(order);
            if (lookups >= MAX_LOOKUPS) {
                flag(
                        order.tenantId(),
                        order.operationId(),
                        "The outcome of close order " + order.clientOrderId()
                                + " could not be learnt in " + lookups + " lookups (" + stillUnknown.getMessage()
                                + "); check the exchange, then retry or resolve.");
            } else {
                followUp(order, lookups);
            }
            return false;
        } catch (OrderLookupRefused refused) {
            closeOrders.countLookup(order);
            flag(
                    order.tenantId(),
                    order.operationId(),
                    "The exchange refused to look up close order " + order.clientOrderId() + ": " + refused.getMessage()
                            + "; check the tenant's API key.");
            return false;
        }
        if (known.isEmpty()) {
            endUnfilled(
                    order,
                    CloseOrderStatus.NOT_FOUND,
                    OperationEventKind.ORDER_NOT_FOUND,
                    order.clientOrderId() + " never reached the exchange");
            return true;
        }
        Optional<ExecutionReport> recorded = record(order, known.get());
        return recorded.isPresent() && recorded.get().isFinal();
    }

    private Optional<CloseOrder> begin(
            long tenantId,
            long operationId,
            CloseReason reason,
            Price exitPrice,
            String priceSource,
            CloseBounds bounds) {
        Operation operation = operations.find(tenantId, operationId).orElseThrow(() -> notFound(operationId));
        operation.beginClosing(reason);
        Operation saved = saveOrConflict(operation);
        events.record(
                tenantId,
                operationId,
                clock.instant(),
                OperationEventKind.CLOSING,
                reason.name() + " at " + (operation.isLong() ? "bid " : "ask ") + exitPrice + " (" + priceSource + ")");
        return plan(saved, exitPrice, bounds);
    }

    private Optional<CloseOrder> planNext(long tenantId, long operationId, Price exitPrice, CloseBounds bounds) {
        Operation operation = current(tenantId, operationId);
        if (operation.status() != OperationStatus.CLOSING) {
            return Optional.empty();
        }
        return plan(operation, exitPrice, bounds);
    }

    /**
     * The next order of a close, or none when the close is over (the rest is dust) or a person
     * must act. Runs inside a transaction and reads nothing from the network.
     */
    private Optional<CloseOrder> plan(Operation operation, Price exitPrice, CloseBounds bounds) {
        Symbol symbol = operation.symbol();
        Instant now = clock.instant();
        BigDecimal open = operation.openQuantity();
        if (open.compareTo(symbol.stepSize()) < 0 && operation.hasExited()) {
            finish(operation, now, null);
            return Optional.empty();
        }
        BigDecimal available = open.min(affordable(operation, exitPrice, bounds));
        BigDecimal quantity = symbol.floorToMarketStep(available);
        // Binance judges a MARKET order's notional at the average price; the exit price stands in when unread.
        BigDecimal notionalPrice =
                bounds.notionalPrice() != null ? bounds.notionalPrice() : exitPrice == null ? null : exitPrice.value();
        BigDecimal max = symbol.marketMaxQuantity(notionalPrice);
        if (max != null && quantity.compareTo(max) > 0) {
            quantity = symbol.floorToMarketStep(max);
        }
        String tooSmall = symbol.marketOrderTooSmall(quantity, notionalPrice);
        if (tooSmall != null) {
            // A SHORT short of quote funds still owes the coins: never dust, a person adds funds or resolves.
            boolean shortOfFunds = !operation.isLong() && available.compareTo(open) < 0;
            if (operation.hasExited() && !shortOfFunds) {
                finish(operation, now, tooSmall);
                return Optional.empty();
            }
            flag(operation.tenantId(), operation.id(), unclosable(operation, exitPrice, bounds, available, tooSmall));
            return Optional.empty();
        }
        if (closeOrders.attempts(operation.id()) >= MAX_ORDERS) {
            flag(
                    operation.tenantId(),
                    operation.id(),
                    "Operation " + operation.id() + " sent " + MAX_ORDERS
                            + " close orders without closing; check the exchange, then retry or resolve.");
            return Optional.empty();
        }
        int attempt = closeOrders.nextAttempt(operation.id());
        CloseOrder order = new CloseOrder(
                operation.tenantId(),
                operation.id(),
                attempt,
                symbol,
                operation.side().closingSide(),
                quantity,
                operation.closeReason(),
                ids.forClose(operation.id(), attempt),
                now);
        closeOrders.insert(order);
        events.record(
                operation.tenantId(),
                operation.id(),
                now,
                OperationEventKind.ORDER_SENT,
                order.side() + " " + quantity.toPlainString() + " " + symbol.name() + " as " + order.clientOrderId()
                        + " (" + executor.mode() + ")");
        return Optional.of(order);
    }

    /**
     * What the account can pay for: a LONG sells coins it must hold (a fee taken in the base
     * asset, or a transfer, may leave fewer than the operation thinks); a SHORT buys back with
     * the quote asset it has free, at the ask. Asking for more gets -2010 forever.
     */
    private static BigDecimal affordable(Operation operation, Price exitPrice, CloseBounds bounds) {
        BigDecimal open = operation.openQuantity();
        if (bounds.free() == null) {
            return open;
        }
        if (operation.isLong()) {
            return bounds.free();
        }
        if (exitPrice == null) {
            return open;
        }
        return operation.symbol().floorToMarketStep(bounds.free().divide(exitPrice.value(), MathContext.DECIMAL128));
    }

    /** Why the rest of the close cannot be sent, and what a person can do about it. */
    private static String unclosable(
            Operation operation, Price exitPrice, CloseBounds bounds, BigDecimal available, String tooSmall) {
        Symbol symbol = operation.symbol();
        BigDecimal open = operation.openQuantity();
        String amount =
                symbol.roundQuantity(open).toPlainString() + " " + symbol.base().code();
        if (available.compareTo(open) >= 0) {
            return "Open quantity " + amount + " cannot be " + (operation.isLong() ? "sold" : "bought back") + ": "
                    + tooSmall + "; close it by hand on the exchange, then resolve.";
        }
        String free = bounds.free().stripTrailingZeros().toPlainString();
        if (operation.isLong()) {
            return "Open quantity " + amount + " (the account holds only " + free + " "
                    + symbol.base().code() + ") cannot be sold: " + tooSmall
                    + "; close it by hand on the exchange, then resolve.";
        }
        return "Open quantity " + amount + " cannot be bought back: the account's free " + free + " "
                + symbol.quote().code() + " buys only " + available.toPlainString() + " at the ask " + exitPrice
                + " (" + tooSmall + "); add " + symbol.quote().code()
                + " and retry, or buy it back by hand and resolve.";
    }

    /** CLOSED: in full (remainder under one step), or with the unsellable remainder recorded as dust. */
    private void finish(Operation operation, Instant now, String whyDust) {
        if (whyDust == null) {
            operation.completeClose(now);
        } else {
            operation.closeLeavingDust(now);
        }
        Operation closed = operations.update(operation);
        operations.flagAttention(closed.tenantId(), closed.id(), null);
        Symbol symbol = closed.symbol();
        events.record(
                closed.tenantId(),
                closed.id(),
                now,
                OperationEventKind.CLOSED,
                closed.closeReason().name()
                        + ", realized " + closed.realizedPnl().toPlainString() + " gross, "
                        + closed.realizedNetPnl().toPlainString()
                        + " net of " + closed.feesPaid().toPlainString() + " "
                        + symbol.quote().code() + " fees"
                        + (whyDust == null
                                ? ""
                                : "; " + closed.dustQuantity().toPlainString() + " "
                                        + symbol.base().code() + " left as dust (" + whyDust + ")"));
    }

    /** Sends an order and, while each fills in full, the next of a split close. */
    private void sendAndContinue(CloseOrder first, Price exitPrice) {
        CloseOrder order = first;
        for (int sent = 0; order != null && sent < MAX_ORDERS; sent++) {
            Optional<ExecutionReport> report = send(order);
            if (report.isEmpty() || report.get().status() != OrderStatus.FILLED) {
                return;
            }
            Operation now = current(order.tenantId(), order.operationId());
            if (now.status() != OperationStatus.CLOSING) {
                return;
            }
            CloseBounds bounds = boundsOf(now);
            CloseOrder previous = order;
            order = transaction
                    .execute(status -> planNext(previous.tenantId(), previous.operationId(), exitPrice, bounds))
                    .orElse(null);
        }
    }

    /** Ends a close order that filled nothing, with the audit trail's word on why, in one transaction. */
    private void endUnfilled(CloseOrder order, CloseOrderStatus status, OperationEventKind event, String detail) {
        transaction.executeWithoutResult(tx -> {
            closeOrders.resolve(order, status, clock.instant());
            events.record(order.tenantId(), order.operationId(), clock.instant(), event, detail);
        });
    }

    private Optional<ExecutionReport> send(CloseOrder order) {
        ExecutionReport report;
        try {
            report = executor.submit(order);
        } catch (OrderOutcomeUnknown unknown) {
            endUnfilled(
                    order,
                    CloseOrderStatus.UNKNOWN,
                    OperationEventKind.ORDER_UNKNOWN,
                    order.clientOrderId() + ": " + unknown.getMessage());
            log.warn("Close order {} outcome unknown; it will be looked up before any resend", order.clientOrderId());
            followUp(order, 0);
            return Optional.empty();
        } catch (OrderRejected rejected) {
            endUnfilled(
                    order,
                    CloseOrderStatus.REJECTED,
                    OperationEventKind.ORDER_REJECTED,
                    order.clientOrderId() + ": " + rejected.getMessage());
            if (RejectionEscalation.needsAttention(closeOrders.rejectionsInARow(order.operationId()))) {
                flag(order.tenantId(), order.operationId(), RejectionEscalation.note(rejected.getMessage()));
            }
            return Optional.empty();
        }
        return record(order, report);
    }

    /**
     * Records what the exchange reported of one of our orders. Reports are cumulative: a later
     * one replaces the earlier in the operation, and each trade is stored once by its id.
     */
    private Optional<ExecutionReport> record(CloseOrder order, ExecutionReport report) {
        if (report.identity() != null && !isOurs(order, report.identity())) {
            ExecutionReport.Identity seen = report.identity();
            endUnfilled(
                    order,
                    CloseOrderStatus.MISMATCH,
                    OperationEventKind.ORDER_MISMATCH,
                    "the exchange's " + order.clientOrderId() + " is " + seen.side() + " "
                            + seen.originalQuantity().stripTrailingZeros().toPlainString() + " " + seen.symbol()
                            + " placed " + seen.placedAt() + ", not our " + order.side() + " "
                            + order.quantity().toPlainString() + " "
                            + order.symbol().name() + " of " + order.createdAt());
            flag(
                    order.tenantId(),
                    order.operationId(),
                    "The exchange's order " + order.clientOrderId()
                            + " is not the close Robson sent; nothing is counted as sold. Check the exchange, then resolve.");
            return Optional.empty();
        }
        // Valuing a fee in BNB reads a price: before the transaction, never inside it.
        List<Fee> valued = report.fills().stream()
                .map(fill -> fees.fee(order.symbol(), fill.commission(), fill.commissionAsset(), fill.price()))
                .toList();
        Fee fee = FeeValuation.total(valued);
        transaction.executeWithoutResult(status -> {
            Operation operation = current(order.tenantId(), order.operationId());
            Instant now = clock.instant();
            if (report.executedQuantity().signum() > 0 && operation.status() == OperationStatus.CLOSING) {
                operation.recordExit(new OrderExecution(
                        OrderPurpose.EXIT,
                        report.status(),
                        report.executedQuantity(),
                        report.averagePrice(),
                        now,
                        order.clientOrderId(),
                        report.quoteQuantity(),
                        fee));
                for (int i = 0; i < valued.size(); i++) {
                    fills.record(order, report.fills().get(i), valued.get(i), now);
                }
                events.record(
                        order.tenantId(),
                        order.operationId(),
                        now,
                        OperationEventKind.FILLED,
                        report.executedQuantity().toPlainString() + " at " + report.averagePrice() + " ("
                                + report.status() + "), fee " + describe(fee));
            }
            closeOrders.resolve(order, CloseOrderStatus.reported(report), now);
            Operation saved = operations.update(operation);
            if (saved.status() == OperationStatus.CLOSING
                    && saved.openQuantity().compareTo(saved.symbol().stepSize()) < 0
                    && saved.hasExited()) {
                finish(saved, now, null);
            }
        });
        if (!report.isFinal()) {
            followUp(order, 0);
        }
        return Optional.of(report);
    }

    /** The exchange's order under our id is ours only if it is what we sent, when we sent it. */
    private static boolean isOurs(CloseOrder order, ExecutionReport.Identity seen) {
        return order.symbol().name().equals(seen.symbol())
                && order.side() == seen.side()
                && order.quantity().compareTo(seen.originalQuantity()) == 0
                && seen.placedAt() != null
                && !seen.placedAt().isBefore(order.createdAt().minus(ORDER_TIME_TOLERANCE))
                && !seen.placedAt().isAfter(order.createdAt().plus(ORDER_TIME_TOLERANCE));
    }

    private static String describe(Fee fee) {
        if (fee.equals(Fee.NONE) || fee.amount() == null && fee.inQuote() == null) {
            return fee.equals(Fee.NONE) ? "none" : "unvalued";
        }
        String own = fee.amount() == null ? "several assets" : fee.amount().toPlainString() + " " + fee.asset();
        return own
                + (fee.inQuote() == null ? " (unvalued)" : " = " + fee.inQuote().toPlainString() + " in quote");
    }

    /** Looks the order up again soon, waiting longer each time, instead of only at the next sweep. */
    private void followUp(CloseOrder order, int lookupsSoFar) {
        long base = Math.max(settlingTime.toMillis(), 1_000);
        long delay = base << Math.min(lookupsSoFar, MAX_BACKOFF_DOUBLINGS);
        try {
            followUps.schedule(
                    () -> {
                        try {
                            reconcileIfClosing(order.tenantId(), order.operationId());
                        } catch (RuntimeException failure) {
                            log.warn(
                                    "Follow-up of close order {} failed ({}); the sweep retries",
                                    order.clientOrderId(),
                                    failure.getClass().getSimpleName());
                        }
                    },
                    delay,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            // The sweep of whichever replica runs next picks it up.
        }
    }

    /**
     * What the account and the exchange allow, read before any transaction: the free balance of
     * what the close spends (the base asset for a LONG, the quote asset for a SHORT) and the
     * price the exchange judges a MARKET order's notional at. Unreadable parts stay unknown.
     */
    private CloseBounds boundsOf(Operation operation) {
        Symbol symbol = operation.symbol();
        BigDecimal free = null;
        try {
            String spent =
                    operation.isLong() ? symbol.base().code() : symbol.quote().code();
            free = executor.freeBalance(operation.tenantId(), spent).orElse(null);
        } catch (RuntimeException unreadable) {
            log.warn(
                    "Free balance for operation {} unreadable ({}); sizing the close by the operation",
                    operation.id(),
                    unreadable.getClass().getSimpleName());
        }
        BigDecimal notionalPrice = null;
        try {
            notionalPrice = executor.marketNotionalPrice(symbol).orElse(null);
        } catch (RuntimeException unreadable) {
            log.warn(
                    "Average price of {} unreadable ({}); judging the notional at the exit price",
                    symbol.name(),
                    unreadable.getClass().getSimpleName());
        }
        return new CloseBounds(free, notionalPrice);
    }

    private Price exitPriceNow(Operation operation) {
        try {
            return operation.side().exitPrice(quotes.quote(operation.symbol()).quote());
        } catch (RuntimeException noPrice) {
            return null;
        }
    }

    private void flag(long tenantId, long operationId, String reason) {
        String clipped = reason.length() <= 300 ? reason : reason.substring(0, 299) + "…";
        if (clipped.equals(
                operations.attentionOf(tenantId, List.of(operationId)).get(operationId))) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            operations.flagAttention(tenantId, operationId, clipped);
            events.record(tenantId, operationId, clock.instant(), OperationEventKind.NEEDS_ATTENTION, clipped);
        });
        log.warn("Operation {} needs attention", operationId);
    }

    private Operation saveOrConflict(Operation operation) {
        try {
            return operations.update(operation);
        } catch (OptimisticLockingFailureException concurrent) {
            throw OperationService.concurrentChange(operation);
        }
    }

    private Object lock(long operationId) {
        return locks.computeIfAbsent(operationId, id -> new Object());
    }

    private Operation current(long tenantId, long operationId) {
        return operations.find(tenantId, operationId).orElseThrow(() -> notFound(operationId));
    }

    static ApiProblem notFound(long operationId) {
        return ApiProblem.notFound("operation_not_found", "Operation " + operationId + " does not exist.");
    }

    Symbol symbol(String name) {
        return symbols.find(name).orElseThrow();
    }
}
