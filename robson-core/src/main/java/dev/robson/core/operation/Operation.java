package dev.robson.core.operation;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A position on one symbol guarded by a stop-loss and a take-profit, with the orders that opened
 * and are closing it. Quantities and prices are derived from the executions rather than stored,
 * so a partial fill can never leave them out of step.
 */
public final class Operation {

    private final Long id;
    private final long tenantId;
    private final Symbol symbol;
    private final Side side;
    private Price stopLoss;
    private Price takeProfit;
    private OperationStatus status;
    private CloseReason closeReason;
    private final Instant openedAt;
    private Instant closedAt;
    private final List<OrderExecution> orders;
    private final long version;
    /** The tenant's own number for it (#1, #2, ...), or null before storage gives it one. */
    private Long number;

    /** Rebuilds an operation from storage; checks that the stored fields agree with each other. */
    public Operation(
            Long id,
            long tenantId,
            Symbol symbol,
            Side side,
            Price stopLoss,
            Price takeProfit,
            OperationStatus status,
            CloseReason closeReason,
            Instant openedAt,
            Instant closedAt,
            List<OrderExecution> orders,
            long version) {
        if (symbol == null
                || side == null
                || stopLoss == null
                || takeProfit == null
                || status == null
                || openedAt == null
                || orders == null) {
            throw new IllegalArgumentException(
                    "operation needs symbol, side, stop_loss, take_profit, status, opened time and orders");
        }
        if (orders.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("operation orders must not contain null");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, got " + version);
        }
        if ((status == OperationStatus.ACTIVE) != (closeReason == null)) {
            throw new IllegalArgumentException("close reason must be set exactly when not ACTIVE, status " + status
                    + " has close reason " + closeReason);
        }
        if ((status == OperationStatus.CLOSED) != (closedAt != null)) {
            throw new IllegalArgumentException(
                    "closed time must be set exactly when CLOSED, status " + status + " has closed time " + closedAt);
        }
        if (closedAt != null && closedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("closed time " + closedAt + " is before opened time " + openedAt);
        }
        ProtectionRule.requireOrdered(side, stopLoss, takeProfit);
        this.id = id;
        this.tenantId = tenantId;
        this.symbol = symbol;
        this.side = side;
        this.stopLoss = stopLoss;
        this.takeProfit = takeProfit;
        this.status = status;
        this.closeReason = closeReason;
        this.openedAt = openedAt;
        this.closedAt = closedAt;
        this.orders = new ArrayList<>(orders);
        this.version = version;
    }

    /**
     * Starts watching a position the user already holds, entered with one filled order that paid
     * {@code entryFee} ({@link Fee#NONE} when no commission is known).
     */
    public static Operation track(
            long tenantId,
            Symbol symbol,
            Side side,
            Quantity quantity,
            Price entryPrice,
            Price stopLoss,
            Price takeProfit,
            Instant openedAt,
            Price currentExitPrice,
            Fee entryFee) {
        if (symbol == null
                || side == null
                || quantity == null
                || entryPrice == null
                || stopLoss == null
                || takeProfit == null
                || openedAt == null
                || currentExitPrice == null) {
            throw new IllegalArgumentException("tracking needs symbol, side, quantity, entry price, stop_loss, "
                    + "take_profit, opened time and the current exit price");
        }
        SymbolFilters.requireOnStep(symbol, quantity);
        SymbolFilters.requireOnTick(symbol, "entry_price", entryPrice);
        SymbolFilters.requireOnTick(symbol, "stop_loss", stopLoss);
        SymbolFilters.requireOnTick(symbol, "take_profit", takeProfit);
        SymbolFilters.requireWithinPriceFilter(symbol, "entry_price", entryPrice);
        SymbolFilters.requireWithinPriceFilter(symbol, "stop_loss", stopLoss);
        SymbolFilters.requireWithinPriceFilter(symbol, "take_profit", takeProfit);
        ProtectionRule.requireAround(side, stopLoss, takeProfit, currentExitPrice);
        if (entryFee == null || entryFee.inBase().compareTo(quantity.value()) >= 0) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.INVALID_QUANTITY,
                    "the entry fee in " + symbol.base().code() + " must be less than the quantity bought");
        }
        OrderExecution entry = OrderExecution.filledEntry(quantity, entryPrice, openedAt, entryFee);
        return active(null, tenantId, symbol, side, stopLoss, takeProfit, openedAt, List.of(entry));
    }

    /**
     * An ACTIVE operation at its first version, holding {@code orders} (its filled entry, as a
     * rule): what a tracked position, a confirmed plan and a seeded holding all start as.
     *
     * @param id null until storage gives it one
     */
    public static Operation active(
            Long id,
            long tenantId,
            Symbol symbol,
            Side side,
            Price stopLoss,
            Price takeProfit,
            Instant openedAt,
            List<OrderExecution> orders) {
        return new Operation(
                id,
                tenantId,
                symbol,
                side,
                stopLoss,
                takeProfit,
                OperationStatus.ACTIVE,
                null,
                openedAt,
                null,
                orders,
                0);
    }

    /**
     * The same operation with the number its tenant knows it by: the tenant's 1st, 2nd, ...
     * The id stays storage's, which is one sequence across tenants and so never shown.
     */
    public Operation numbered(long tenantNumber) {
        return copy(id, version, tenantNumber);
    }

    /** The same operation under the id storage gave it. */
    public Operation withId(long id) {
        return copy(id, version, number);
    }

    /** The same operation after storage bumped its optimistic-lock counter. */
    public Operation withVersion(long version) {
        return copy(id, version, number);
    }

    /** A copy with storage's id, lock counter and tenant number; checked again like any stored operation. */
    private Operation copy(Long storedId, long storedVersion, Long tenantNumber) {
        Operation copy = new Operation(
                storedId,
                tenantId,
                symbol,
                side,
                stopLoss,
                takeProfit,
                status,
                closeReason,
                openedAt,
                closedAt,
                orders,
                storedVersion);
        copy.number = tenantNumber;
        return copy;
    }

    public BigDecimal entryQuantity() {
        return sum(OrderExecution::isFilledEntry, OrderExecution::executedQuantity);
    }

    /**
     * Entered minus exited. Exits count in any status because a partly filled exit has already
     * sold coins; an entry counts only once FILLED because the position is not held before that.
     */
    public BigDecimal openQuantity() {
        BigDecimal open = entryQuantity().subtract(entryFeesInBase()).subtract(exitedQuantity());
        return open.signum() < 0 ? BigDecimal.ZERO : open;
    }

    /** Commission the entry paid in the base asset: it never reached the account, so it is not held. */
    public BigDecimal entryFeesInBase() {
        return sum(OrderExecution::isFilledEntry, order -> order.fee().inBase());
    }

    /** What a CLOSED operation left behind, too small for any order: dust, not an open position. */
    public BigDecimal dustQuantity() {
        return status == OperationStatus.CLOSED ? openQuantity() : BigDecimal.ZERO;
    }

    /** Whether any exit has sold (or bought back) something. */
    public boolean hasExited() {
        return exitedQuantity().signum() > 0;
    }

    public Price averageEntryPrice() {
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        Price onlyFill = null;
        int fills = 0;
        for (OrderExecution order : orders) {
            if (order.isFilledEntry() && order.executedQuantity().signum() > 0) {
                quantity = quantity.add(order.executedQuantity());
                cost = cost.add(order.averagePrice().value().multiply(order.executedQuantity()));
                onlyFill = order.averagePrice();
                fills++;
            }
        }
        if (fills == 1) {
            // One fill is its own average, exactly: no 34-digit division needed.
            return onlyFill;
        }
        if (quantity.signum() == 0) {
            throw new IllegalStateException(describe() + " has no filled entry to average");
        }
        return Price.of(cost.divide(quantity, MathContext.DECIMAL128));
    }

    /**
     * Gross: the exits' exact quote amounts against the entry price of what they exited, before
     * fees. From the exchange's own quote amounts, not from a rounded average multiplied back.
     */
    public BigDecimal realizedPnl() {
        BigDecimal exitedQuote = BigDecimal.ZERO;
        BigDecimal exited = BigDecimal.ZERO;
        for (OrderExecution order : orders) {
            if (order.isExit() && order.executedQuantity().signum() > 0) {
                exitedQuote = exitedQuote.add(order.tradedQuote());
                exited = exited.add(order.executedQuantity());
            }
        }
        if (exited.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal entryCost = averageEntryPrice().value().multiply(exited);
        return isLong() ? exitedQuote.subtract(entryCost) : entryCost.subtract(exitedQuote);
    }

    /** Every fee both legs paid so far, in the quote asset (those that could be valued). */
    public BigDecimal feesPaid() {
        return sum(
                order ->
                        (order.isFilledEntry() || order.isExit()) && order.fee().valued(),
                order -> order.fee().inQuote());
    }

    /**
     * The fees both legs paid, one per asset they were charged in (base, quote, BNB, …), first
     * charged first: each amount in its own asset, its quote value null when some part of it
     * could not be valued. An order whose fills were charged in several assets is known only by
     * its total value ({@link #feesPaid()}), so it has no entry here.
     */
    public List<Fee> feesByAsset() {
        Map<String, Fee> byAsset = new LinkedHashMap<>();
        for (OrderExecution order : orders) {
            Fee fee = order.fee();
            if ((order.isFilledEntry() || order.isExit()) && fee.asset() != null && fee.amount() != null) {
                byAsset.merge(
                        fee.asset(),
                        fee,
                        (seen, more) -> new Fee(
                                seen.amount().add(more.amount()),
                                seen.asset(),
                                seen.inBase().add(more.inBase()),
                                seen.inQuote() == null || more.inQuote() == null
                                        ? null
                                        : seen.inQuote().add(more.inQuote())));
            }
        }
        return List.copyOf(byAsset.values());
    }

    /** True when some fee was charged in an asset no market could value at the time. */
    public boolean hasUnvaluedFees() {
        return orders.stream().anyMatch(order -> !order.fee().valued());
    }

    /** Realized P&amp;L after both legs' fees. */
    public BigDecimal realizedNetPnl() {
        return realizedPnl().subtract(feesPaid());
    }

    /** Re-arms the guard; a null bound is kept as it is. */
    public void moveProtection(Price newStopLoss, Price newTakeProfit, Price currentExitPrice) {
        requireStatus(OperationStatus.ACTIVE, "move the protection of");
        if (newStopLoss == null && newTakeProfit == null) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.INVALID_PROTECTION, "moving protection needs a new stop_loss or take_profit");
        }
        if (currentExitPrice == null) {
            throw new IllegalArgumentException("current exit price must not be null");
        }
        Price stop = newStopLoss != null ? newStopLoss : stopLoss;
        Price target = newTakeProfit != null ? newTakeProfit : takeProfit;
        SymbolFilters.requireOnTick(symbol, "stop_loss", stop);
        SymbolFilters.requireOnTick(symbol, "take_profit", target);
        SymbolFilters.requireWithinPriceFilter(symbol, "stop_loss", stop);
        SymbolFilters.requireWithinPriceFilter(symbol, "take_profit", target);
        ProtectionRule.requireAround(side, stop, target, currentExitPrice);
        this.stopLoss = stop;
        this.takeProfit = target;
    }

    public void beginClosing(CloseReason reason) {
        if (reason == null) {
            throw new IllegalArgumentException("close reason must not be null");
        }
        requireStatus(OperationStatus.ACTIVE, "begin closing");
        this.status = OperationStatus.CLOSING;
        this.closeReason = reason;
    }

    public void recordExit(OrderExecution exit) {
        if (exit == null) {
            throw new IllegalArgumentException("exit execution must not be null");
        }
        requireStatus(OperationStatus.CLOSING, "record an exit on");
        if (!exit.isExit()) {
            throw new IllegalArgumentException("expected an EXIT execution, got " + exit.purpose());
        }
        // A later report of the same order is cumulative: it replaces the earlier one, never adds to it.
        int earlier = -1;
        for (int i = 0; i < orders.size(); i++) {
            if (exit.clientOrderId() != null
                    && orders.get(i).isExit()
                    && exit.clientOrderId().equals(orders.get(i).clientOrderId())) {
                earlier = i;
            }
        }
        BigDecimal open = openQuantity()
                .add(earlier < 0 ? BigDecimal.ZERO : orders.get(earlier).executedQuantity());
        if (exit.executedQuantity().compareTo(open) > 0) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.INVALID_QUANTITY,
                    "exit of " + exit.executedQuantity().toPlainString() + " exceeds the open quantity "
                            + open.toPlainString() + " of " + describe());
        }
        if (earlier >= 0) {
            orders.set(earlier, exit);
        } else {
            orders.add(exit);
        }
    }

    /**
     * Finishes a close whose remainder no order can carry (below the exchange's minimum, or not
     * in the account at all): the remainder is recorded as dust rather than left as an open
     * position nobody can sell. Only after something was sold; a position too small from the
     * start needs a person instead.
     */
    public void closeLeavingDust(Instant closedAt) {
        requireStatus(OperationStatus.CLOSING, "complete the close of");
        if (!hasExited()) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.ILLEGAL_TRANSITION,
                    "cannot leave the whole of " + describe() + " as dust: nothing was sold");
        }
        markClosed(closedAt);
    }

    /** Back to ACTIVE: the exchange confirms no close order sold anything, so the guard is armed again. */
    public void resumeGuarding() {
        requireStatus(OperationStatus.CLOSING, "resume guarding");
        if (hasExited()) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.ILLEGAL_TRANSITION,
                    describe() + " has already sold " + exitedQuantity().toPlainString()
                            + "; it cannot return to ACTIVE");
        }
        this.status = OperationStatus.ACTIVE;
        this.closeReason = null;
    }

    /**
     * Finishes the close. A remainder below one step is accepted because the exchange refuses an
     * order that small, so insisting on zero would leave the operation stuck in CLOSING forever.
     */
    public void completeClose(Instant closedAt) {
        requireStatus(OperationStatus.CLOSING, "complete the close of");
        BigDecimal open = openQuantity();
        if (open.compareTo(symbol.stepSize()) >= 0) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.ILLEGAL_TRANSITION,
                    "cannot complete the close of " + describe() + " while " + open.toPlainString() + " "
                            + symbol.base().code() + " is still open");
        }
        markClosed(closedAt);
    }

    /** The last step of either way to finish a close; the time is the exchange's, so it is checked. */
    private void markClosed(Instant closedAt) {
        if (closedAt == null) {
            throw new IllegalArgumentException("closed time must not be null");
        }
        if (closedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("closed time " + closedAt + " is before opened time " + openedAt);
        }
        this.status = OperationStatus.CLOSED;
        this.closedAt = closedAt;
    }

    /** Which bound, if any, the quote has reached; inclusive, because touching the stop is enough. */
    public Optional<CloseReason> triggeredBy(Quote quote) {
        if (quote == null) {
            throw new IllegalArgumentException("quote must not be null");
        }
        if (!quote.symbol().equals(symbol.name())) {
            throw new IllegalArgumentException(
                    "quote for " + quote.symbol() + " cannot trigger an operation on " + symbol.name());
        }
        if (status != OperationStatus.ACTIVE) {
            return Optional.empty();
        }
        return exitLevels().reachedBy(quote);
    }

    /** The stop, the target and the side that reads them, as the stop monitor indexes them. */
    public ExitLevels exitLevels() {
        return new ExitLevels(side, stopLoss, takeProfit);
    }

    public boolean isLong() {
        return side == Side.BUY;
    }

    /** The tenant's number for this operation (what the API calls its id); null until stored. */
    public Long number() {
        return number;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public Symbol symbol() {
        return symbol;
    }

    public Side side() {
        return side;
    }

    public Price stopLoss() {
        return stopLoss;
    }

    public Price takeProfit() {
        return takeProfit;
    }

    public OperationStatus status() {
        return status;
    }

    public CloseReason closeReason() {
        return closeReason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<OrderExecution> orders() {
        return List.copyOf(orders);
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return describe() + " [" + symbol.name() + " " + side.positionLabel() + " " + status + "]";
    }

    private BigDecimal exitedQuantity() {
        return sum(OrderExecution::isExit, OrderExecution::executedQuantity);
    }

    /**
     * The exact sum of {@code amount} over the orders {@code which} picks. A plain loop, not a
     * stream: every valuation and close sizing reads the open quantity, three sums each time.
     */
    private BigDecimal sum(Predicate<OrderExecution> which, Function<OrderExecution, BigDecimal> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderExecution order : orders) {
            if (which.test(order)) {
                total = total.add(amount.apply(order));
            }
        }
        return total;
    }

    private void requireStatus(OperationStatus required, String action) {
        if (status != required) {
            throw DomainRuleViolation.illegalTransition(action, describe(), status, required);
        }
    }

    private String describe() {
        return id == null ? "unsaved operation" : "operation " + id;
    }
}
