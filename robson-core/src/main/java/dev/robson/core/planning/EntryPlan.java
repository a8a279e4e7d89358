package dev.robson.core.planning;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.OrderPurpose;
import dev.robson.core.operation.OrderStatus;
import dev.robson.core.planning.sizing.TargetPrice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A planned entry from the preview to the position:
 * <pre>
 * PLANNED --confirm--> ENTERING --fill--> ACTIVE (an {@link Operation} guards it from here)
 *    |--expire (TTL)--> EXPIRED     |--nothing filled--> FAILED
 *    |--cancel--> CANCELLED         '--partial fill--> ACTIVE with the filled quantity
 *    '--guard fails at confirm--> REJECTED
 * </pre>
 * Any other move is refused with {@code illegal_transition}. The plan keeps the storage id it
 * was given, and the operation it becomes takes the same id: one operation from plan to close.
 */
public final class EntryPlan {

    /** How long a plan may wait for confirmation: the chart and the ask it was drawn from age fast. */
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(120);

    /** The rejection when the ask left the band the plan can fill in (above E_max, or through X). */
    public static final String PRICE_DRIFT = "price_drift";
    /** What a confirmation that found the plan past its time to live answers. */
    public static final String PLAN_EXPIRED = "plan_expired";

    private final Long id;
    private final long tenantId;
    private final long strategyId;
    private final PlanTerms terms;
    private final Instant createdAt;
    private final Instant expiresAt;
    private PlanStatus status;
    private Quantity orderQuantity;
    private String rejection;
    private EntryFill fill;

    /**
     * Rebuilds a plan from storage; checks that the fields agree with its status. Every other
     * path (a new plan, a copy under its storage id) comes through here too.
     */
    public EntryPlan(
            Long id,
            long tenantId,
            long strategyId,
            PlanTerms terms,
            Instant createdAt,
            Instant expiresAt,
            PlanStatus status,
            Quantity orderQuantity,
            String rejection,
            EntryFill fill) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
        boolean confirmed = status == PlanStatus.ENTERING || status == PlanStatus.ACTIVE || status == PlanStatus.FAILED;
        if (confirmed != (orderQuantity != null)
                || (status == PlanStatus.ACTIVE) != (fill != null)
                || (status == PlanStatus.REJECTED) != (rejection != null)) {
            throw new IllegalArgumentException("a " + status + " plan has an order quantity once confirmed, a fill"
                    + " exactly when ACTIVE and a rejection code exactly when REJECTED");
        }
        if (orderQuantity != null && orderQuantity.compareTo(terms.quantity()) > 0) {
            throw new IllegalArgumentException("the order quantity exceeds the planned quantity");
        }
        this.id = id;
        this.tenantId = tenantId;
        this.strategyId = strategyId;
        this.terms = terms;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.status = status;
        this.orderQuantity = orderQuantity;
        this.rejection = rejection;
        this.fill = fill;
    }

    /** A new plan, waiting for confirmation until {@link #TIME_TO_LIVE} after {@code createdAt}. */
    public static EntryPlan planned(long tenantId, long strategyId, PlanTerms terms, Instant createdAt) {
        Objects.requireNonNull(createdAt, "createdAt");
        return new EntryPlan(
                null,
                tenantId,
                strategyId,
                terms,
                createdAt,
                createdAt.plus(TIME_TO_LIVE),
                PlanStatus.PLANNED,
                null,
                null,
                null);
    }

    /** The same plan under the id storage gave it. */
    public EntryPlan withId(long newId) {
        return new EntryPlan(
                newId, tenantId, strategyId, terms, createdAt, expiresAt, status, orderQuantity, rejection, fill);
    }

    /** Past its time to live; the boundary itself is past, so a plan lives exactly 120 s. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * The trader confirms with the market as it is now. Past the time to live the plan becomes
     * EXPIRED; an ask above E_max (the IOC could not fill) or at or below the stop (the stop would
     * fire at once) is price drift and the plan becomes REJECTED; otherwise ENTERING, for at most
     * the planned quantity.
     *
     * @return the status the plan moved to
     */
    public PlanStatus confirm(Instant now, Price freshAsk) {
        return confirm(now, freshAsk, terms.quantity());
    }

    /**
     * As {@link #confirm(Instant, Price)}, when the guards re-run at confirmation allow less than
     * planned (a smaller free balance, say): the order carries the smaller of the two, never more
     * than what the trader confirmed.
     */
    public PlanStatus confirm(Instant now, Price freshAsk, Quantity allowed) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(freshAsk, "freshAsk");
        Objects.requireNonNull(allowed, "allowed");
        requireStatus(PlanStatus.PLANNED, "confirm");
        if (isExpiredAt(now)) {
            status = PlanStatus.EXPIRED;
        } else if (freshAsk.compareTo(terms.entryMax()) > 0 || freshAsk.compareTo(terms.stopLoss()) <= 0) {
            status = PlanStatus.REJECTED;
            rejection = PRICE_DRIFT;
        } else {
            orderQuantity = allowed.compareTo(terms.quantity()) < 0 ? allowed : terms.quantity();
            status = PlanStatus.ENTERING;
        }
        return status;
    }

    /** A guard re-run at confirmation refused the plan with {@code code}. */
    public void reject(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a rejection needs the refusing guard's code");
        }
        requireStatus(PlanStatus.PLANNED, "reject");
        status = PlanStatus.REJECTED;
        rejection = code;
    }

    public void expire(Instant now) {
        requireStatus(PlanStatus.PLANNED, "expire");
        if (!isExpiredAt(now)) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.ILLEGAL_TRANSITION,
                    "cannot expire " + describe() + " before " + expiresAt + "; it is " + now);
        }
        status = PlanStatus.EXPIRED;
    }

    public void cancel() {
        requireStatus(PlanStatus.PLANNED, "cancel");
        status = PlanStatus.CANCELLED;
    }

    /** The entry order ended without buying anything. */
    public void nothingFilled() {
        requireStatus(PlanStatus.ENTERING, "fail");
        status = PlanStatus.FAILED;
    }

    /**
     * The entry bought something: the plan is ACTIVE and the returned operation guards the
     * position, with the fill's quantity and average, the plan's stop X, and the target from the
     * fill average. The entry is recorded FILLED for what it bought even when the exchange calls
     * a partly filled IOC EXPIRED: the operation counts what was bought.
     *
     * <p>A fill at or below the stop (the market fell through it while the order travelled) still
     * becomes a guarded operation, with the target estimated from E: its stop is already reached,
     * so the monitor sells it at once, which is what the stop is for.
     */
    public Operation fill(EntryFill entryFill) {
        Objects.requireNonNull(entryFill, "entryFill");
        requireStatus(PlanStatus.ENTERING, "record a fill on");
        if (entryFill.quantity().compareTo(orderQuantity) > 0) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.INVALID_QUANTITY,
                    "a fill of " + entryFill.quantity() + " exceeds the " + orderQuantity + " ordered by "
                            + describe());
        }
        this.fill = entryFill;
        this.status = PlanStatus.ACTIVE;
        return operation();
    }

    /** The operation an ACTIVE plan became. */
    public Operation operation() {
        requireStatus(PlanStatus.ACTIVE, "read the operation of");
        OrderExecution entry = new OrderExecution(
                OrderPurpose.ENTRY,
                OrderStatus.FILLED,
                fill.quantity().value(),
                fill.averagePrice(),
                fill.filledAt(),
                fill.clientOrderId(),
                fill.quoteQuantity(),
                fill.fee());
        return Operation.active(
                id,
                tenantId,
                terms.symbol(),
                terms.side(),
                terms.stopLoss(),
                takeProfit(),
                fill.filledAt(),
                List.of(entry));
    }

    /** From the fill once there is one, else the estimate from E. */
    public Price takeProfit() {
        if (fill == null || fill.averagePrice().compareTo(terms.stopLoss()) <= 0) {
            return terms.takeProfitEstimate();
        }
        return TargetPrice.of(
                fill.averagePrice(),
                terms.stopLoss(),
                terms.rewardMultiple(),
                terms.symbol().tickSize());
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long strategyId() {
        return strategyId;
    }

    public PlanTerms terms() {
        return terms;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public PlanStatus status() {
        return status;
    }

    /** What the entry order may buy; null before confirmation. */
    public Quantity orderQuantity() {
        return orderQuantity;
    }

    /** The refusing guard's code when REJECTED, else null. */
    public String rejection() {
        return rejection;
    }

    /** What the entry bought when ACTIVE, else null. */
    public EntryFill entryFill() {
        return fill;
    }

    @Override
    public String toString() {
        return describe() + " [" + terms.symbol().name() + " " + status + "]";
    }

    private void requireStatus(PlanStatus required, String action) {
        if (status != required) {
            throw DomainRuleViolation.illegalTransition(action, describe(), status, required);
        }
    }

    private String describe() {
        return id == null ? "unsaved plan" : "plan " + id;
    }
}
