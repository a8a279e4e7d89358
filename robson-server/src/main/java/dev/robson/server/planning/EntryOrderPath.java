package dev.robson.server.planning;

import dev.robson.core.market.Quantity;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OrderStatus;
import dev.robson.core.operation.Side;
import dev.robson.core.planning.EntryFill;
import dev.robson.core.planning.EntryPlan;
import dev.robson.core.planning.PlanStatus;
import dev.robson.server.closing.ClosingProperties;
import dev.robson.server.closing.EntryOrder;
import dev.robson.server.closing.ExecutionReport;
import dev.robson.server.closing.OperationEventKind;
import dev.robson.server.closing.OperationEventLog;
import dev.robson.server.closing.OrderExecutor;
import dev.robson.server.closing.OrderLookupRefused;
import dev.robson.server.closing.OrderOutcomeUnknown;
import dev.robson.server.closing.OrderRejected;
import dev.robson.server.config.TradingMode;
import dev.robson.server.fees.FeeValuation;
import dev.robson.server.operations.OperationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entry order of a confirmed plan, on the close path's discipline: the order is written down
 * (ENTERING, order PENDING) in one transaction before it is sent, sent outside any transaction,
 * and what it bought recorded in a second. An answer that does not prove the order's fate makes
 * it UNKNOWN, and it is looked up by its client order id — an entry is never sent twice: if the
 * exchange never got it, the plan FAILED and nothing was bought.
 * <ul>
 *   <li>something bought (all, or part of an IOC): ACTIVE, an operation of that quantity, the
 *       fill average as its entry, the plan's stop, the target from the fill;</li>
 *   <li>nothing bought: FAILED {@code nothing_filled}; refused by the exchange: FAILED
 *       {@code entry_rejected}; never arrived (or an order of another under our id):
 *       FAILED {@code entry_not_placed}.</li>
 * </ul>
 */
@Component
class EntryOrderPath {

    static final String NOTHING_FILLED = "nothing_filled";
    static final String ENTRY_REJECTED = "entry_rejected";
    static final String ENTRY_NOT_PLACED = "entry_not_placed";

    static final String PENDING = "PENDING";
    static final String UNKNOWN = "UNKNOWN";

    /** Lookups that could not tell an entry's fate, after which a person has to look. */
    static final int MAX_LOOKUPS = 8;
    /** How far the exchange's time of an order may be from when we wrote it down. */
    static final Duration ORDER_TIME_TOLERANCE = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(EntryOrderPath.class);

    private final EntryPlanRepository plans;
    private final OperationRepository operations;
    private final OrderExecutor executor;
    private final FeeValuation fees;
    private final OperationEventLog events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration settlingTime;
    /** One step at a time per plan in this process; the plan's conditional moves guard across replicas. */
    private final ConcurrentHashMap<Long, Object> locks = new ConcurrentHashMap<>();

    EntryOrderPath(
            EntryPlanRepository plans,
            OperationRepository operations,
            OrderExecutor executor,
            FeeValuation fees,
            OperationEventLog events,
            TransactionTemplate transaction,
            Clock clock,
            ClosingProperties closing) {
        this.plans = plans;
        this.operations = operations;
        this.executor = executor;
        this.fees = fees;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.settlingTime = closing.settlingTime();
    }

    /** PAPER or LIVE: where the entry goes. */
    TradingMode mode() {
        return executor.mode();
    }

    /** Sends the order of a plan just moved to ENTERING, and records what became of it. */
    void send(StoredPlan entering, EntryOrder order) {
        synchronized (lock(order.operationId())) {
            ExecutionReport report;
            try {
                report = executor.submitEntry(order);
            } catch (OrderOutcomeUnknown unknown) {
                transaction.executeWithoutResult(status -> {
                    plans.orderStatus(order.operationId(), UNKNOWN);
                    event(
                            order,
                            OperationEventKind.ENTRY_ORDER_UNKNOWN,
                            order.clientOrderId() + ": " + unknown.getMessage());
                });
                log.warn("Entry order {} outcome unknown; it is looked up, never sent again", order.clientOrderId());
                settle(entering, order);
                return;
            } catch (OrderRejected rejected) {
                fail(
                        entering,
                        ENTRY_REJECTED,
                        OperationEventKind.ENTRY_ORDER_REJECTED,
                        order.clientOrderId() + ": " + rejected.getMessage());
                return;
            }
            record(entering, order, report);
        }
    }

    /** Looks up the entry of an ENTERING plan whose answer is not known (the sweep's follow-up). */
    void followUp(long tenantId, long operationId) {
        synchronized (lock(operationId)) {
            Optional<StoredPlan> stored = plans.find(tenantId, operationId);
            if (stored.isEmpty() || stored.get().plan().status() != PlanStatus.ENTERING) {
                return;
            }
            settle(stored.get(), orderOf(stored.get()));
        }
    }

    /** The entry order a stored ENTERING plan sent. */
    static EntryOrder orderOf(StoredPlan stored) {
        EntryPlan plan = stored.plan();
        return new EntryOrder(
                stored.tenantId(),
                stored.operationId(),
                plan.terms().symbol(),
                plan.orderQuantity().value(),
                plan.terms().entryMax(),
                stored.clientOrderId(),
                stored.orderSentAt());
    }

    private void settle(StoredPlan entering, EntryOrder order) {
        if (order.createdAt().plus(settlingTime).isAfter(clock.instant())) {
            return; // May still be in flight; the sweep asks once it has settled.
        }
        Optional<ExecutionReport> known;
        try {
            known = executor.lookupEntry(order);
        } catch (OrderOutcomeUnknown | OrderLookupRefused notNow) {
            int lookups = plans.countLookup(order.operationId());
            if (notNow instanceof OrderLookupRefused || lookups >= MAX_LOOKUPS) {
                flag(
                        order,
                        "The fate of entry order " + order.clientOrderId() + " could not be learnt ("
                                + notNow.getMessage() + "); check the exchange: the position may exist unguarded.");
            }
            return;
        }
        if (known.isEmpty()) {
            fail(
                    entering,
                    ENTRY_NOT_PLACED,
                    OperationEventKind.ENTRY_ORDER_NOT_FOUND,
                    order.clientOrderId() + " never reached the exchange");
            return;
        }
        record(entering, order, known.get());
    }

    private void record(StoredPlan entering, EntryOrder order, ExecutionReport report) {
        if (report.identity() != null && !isOurs(order, report.identity())) {
            ExecutionReport.Identity seen = report.identity();
            fail(
                    entering,
                    ENTRY_NOT_PLACED,
                    OperationEventKind.ENTRY_ORDER_MISMATCH,
                    "the exchange's " + order.clientOrderId() + " is " + seen.side() + " "
                            + seen.originalQuantity().stripTrailingZeros().toPlainString() + " " + seen.symbol()
                            + " placed " + seen.placedAt() + ", not our entry: ours was refused as a duplicate");
            return;
        }
        if (report.status() == OrderStatus.NEW || report.status() == OrderStatus.PARTIALLY_FILLED) {
            // An IOC never rests: a report that is not final yet is asked about again.
            transaction.executeWithoutResult(status -> plans.orderStatus(order.operationId(), UNKNOWN));
            return;
        }
        if (report.executedQuantity().signum() == 0) {
            fail(
                    entering,
                    NOTHING_FILLED,
                    OperationEventKind.entryOrderEnded(report.status()),
                    order.clientOrderId() + " bought nothing at or below " + order.limitPrice());
            return;
        }
        // Valuing a fee in BNB reads a price: before the transaction, never inside it.
        List<Fee> valued = report.fills().stream()
                .map(fill -> fees.fee(order.symbol(), fill.commission(), fill.commissionAsset(), fill.price()))
                .toList();
        Fee fee = FeeValuation.total(valued);
        Instant now = clock.instant();
        EntryFill fill = new EntryFill(
                Quantity.of(report.executedQuantity()),
                report.averagePrice(),
                report.quoteQuantity(),
                fee,
                now,
                order.clientOrderId());
        transaction.executeWithoutResult(status -> {
            StoredPlan stored =
                    plans.find(order.tenantId(), order.operationId()).orElseThrow();
            EntryPlan plan = stored.plan();
            if (plan.status() != PlanStatus.ENTERING) {
                return;
            }
            Operation active = plan.fill(fill);
            if (!plans.move(
                    order.tenantId(), order.operationId(), PlanStatus.ENTERING, PlanStatus.ACTIVE, null, null)) {
                return;
            }
            operations.update(active);
            plans.openedAt(order.operationId(), now);
            plans.orderStatus(order.operationId(), report.status().name());
            for (int i = 0; i < valued.size(); i++) {
                plans.recordFill(stored, report.fills().get(i), valued.get(i), now);
            }
            event(
                    order,
                    OperationEventKind.ENTRY_FILLED,
                    report.executedQuantity().stripTrailingZeros().toPlainString() + " of "
                            + order.quantity().stripTrailingZeros().toPlainString() + " at " + report.averagePrice()
                            + " (" + report.status() + "), fee " + describe(fee));
            event(
                    order,
                    OperationEventKind.ACTIVE,
                    "guarded: stop " + active.stopLoss() + ", target " + active.takeProfit() + ", holding "
                            + active.openQuantity().stripTrailingZeros().toPlainString() + " "
                            + order.symbol().base());
        });
    }

    private void fail(StoredPlan entering, String failure, OperationEventKind orderEvent, String detail) {
        transaction.executeWithoutResult(status -> {
            EntryPlan plan = plans.find(entering.tenantId(), entering.operationId())
                    .orElseThrow()
                    .plan();
            if (plan.status() != PlanStatus.ENTERING) {
                return;
            }
            plan.nothingFilled();
            if (!plans.move(
                    entering.tenantId(),
                    entering.operationId(),
                    PlanStatus.ENTERING,
                    PlanStatus.FAILED,
                    null,
                    failure)) {
                return;
            }
            Instant now = clock.instant();
            events.record(entering.tenantId(), entering.operationId(), now, orderEvent, detail);
            events.record(
                    entering.tenantId(),
                    entering.operationId(),
                    now,
                    OperationEventKind.FAILED,
                    failure + ": nothing was bought");
        });
    }

    /** The exchange's order under our id is ours only if it is what we sent, when we sent it. */
    private static boolean isOurs(EntryOrder order, ExecutionReport.Identity seen) {
        return order.symbol().name().equals(seen.symbol())
                && seen.side() == Side.BUY
                && order.quantity().compareTo(seen.originalQuantity()) == 0
                && seen.placedAt() != null
                && !seen.placedAt().isBefore(order.createdAt().minus(ORDER_TIME_TOLERANCE))
                && !seen.placedAt().isAfter(order.createdAt().plus(ORDER_TIME_TOLERANCE));
    }

    private void flag(EntryOrder order, String reason) {
        String clipped = reason.length() <= 300 ? reason : reason.substring(0, 299) + "…";
        transaction.executeWithoutResult(status -> {
            operations.flagAttention(order.tenantId(), order.operationId(), clipped);
            event(order, OperationEventKind.NEEDS_ATTENTION, clipped);
        });
        log.warn("Entry order {} needs attention", order.clientOrderId());
    }

    private void event(EntryOrder order, OperationEventKind event, String detail) {
        events.record(order.tenantId(), order.operationId(), clock.instant(), event, detail);
    }

    private static String describe(Fee fee) {
        if (fee.equals(Fee.NONE)) {
            return "none";
        }
        String own = fee.amount() == null ? "several assets" : fee.amount().toPlainString() + " " + fee.asset();
        return own
                + (fee.inQuote() == null ? " (unvalued)" : " = " + fee.inQuote().toPlainString() + " in quote");
    }

    private Object lock(long operationId) {
        return locks.computeIfAbsent(operationId, id -> new Object());
    }
}
