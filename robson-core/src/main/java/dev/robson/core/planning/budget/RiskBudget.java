package dev.robson.core.planning.budget;

import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The month's risk budget and the rules that admit a plan against it:
 * <pre>
 * budget    = max_monthly_loss_percent × capital_base
 * consumed  = the month's realized net loss: −Σ realized net P&amp;L when negative, else 0
 * remaining = budget − consumed − Σ planned risk still open   (never shown below 0)
 * </pre>
 * Gains offset the month's losses but never enlarge the budget: a winning month still has only
 * its budget to lose. When consumed reaches the budget the month is PAUSED.
 *
 * @param maxMonthlyLossPercent the month's budget, in percent of the capital base
 * @param riskPerTradePercent   one plan's allowance, in percent; only {@link #slots} uses it
 * @param realizedNetResults    realized P&amp;L after fees of each operation closed in the month
 * @param openRisks             every operation or plan still exposed to its stop; the plan being
 *                              judged is not among them
 */
public record RiskBudget(
        RiskMonth month,
        BigDecimal maxMonthlyLossPercent,
        BigDecimal riskPerTradePercent,
        List<BigDecimal> realizedNetResults,
        List<OpenRisk> openRisks) {

    public RiskBudget {
        Objects.requireNonNull(month, "month");
        requirePercent(maxMonthlyLossPercent, "max monthly loss");
        requirePercent(riskPerTradePercent, "risk per trade");
        realizedNetResults = List.copyOf(realizedNetResults);
        openRisks = List.copyOf(openRisks);
    }

    public BigDecimal budget() {
        return month.capitalBase().multiply(maxMonthlyLossPercent).movePointLeft(2);
    }

    public BigDecimal consumed() {
        BigDecimal net = realizedNetResults.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return net.signum() < 0 ? net.negate() : BigDecimal.ZERO;
    }

    public BigDecimal openRisk() {
        return openRisks.stream().map(OpenRisk::plannedRisk).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What another plan may still risk; zero rather than negative once a stop gapped past its plan. */
    public BigDecimal remaining() {
        BigDecimal left = budget().subtract(consumed()).subtract(openRisk());
        return left.signum() < 0 ? BigDecimal.ZERO : left;
    }

    public MonthState state() {
        return consumed().compareTo(budget()) >= 0 ? MonthState.PAUSED : MonthState.ACTIVE;
    }

    /**
     * How many more plans risking the full allowance (capital base × risk per trade) fit in the
     * remaining budget: floor(remaining / allowance), 0 when PAUSED. A plan whose stop is tight or
     * whose size the cash capped risks less, so more of those may fit: this is a lower bound.
     */
    public int slots() {
        if (state() == MonthState.PAUSED) {
            return 0;
        }
        BigDecimal allowance = month.capitalBase().multiply(riskPerTradePercent).movePointLeft(2);
        return remaining().divide(allowance, 0, RoundingMode.FLOOR).intValueExact();
    }

    public RiskStatus status() {
        return new RiskStatus(
                month.month(),
                month.quoteAsset().code(),
                month.capitalBase(),
                budget(),
                consumed(),
                openRisk(),
                remaining(),
                slots(),
                state());
    }

    /** The refusals that need no size: side, a paused month, a duplicate position. */
    public Optional<BudgetRefusal> refuseOpening(String symbol, Side side) {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        if (side != Side.BUY) {
            return refusal(BudgetRefusal.SIDE_NOT_SUPPORTED, "spot trading opens LONG positions only");
        }
        if (state() == MonthState.PAUSED) {
            Instant next = month.end();
            return refusal(
                    BudgetRefusal.MONTH_PAUSED,
                    "realized losses of " + plain(consumed()) + " " + month.quoteAsset() + " reached the "
                            + month.month() + " budget of " + plain(budget()) + "; plans resume on " + next);
        }
        boolean duplicate = openRisks.stream().anyMatch(open -> open.symbol().equals(symbol) && open.side() == side);
        if (duplicate) {
            return refusal(
                    BudgetRefusal.DUPLICATE_POSITION,
                    "an operation on " + symbol + " " + side.positionLabel() + " is already open");
        }
        return Optional.empty();
    }

    /** Refuses a plan whose planned risk is more than the month has left; equal still fits. */
    public Optional<BudgetRefusal> refuseRisk(BigDecimal plannedRisk) {
        Objects.requireNonNull(plannedRisk, "plannedRisk");
        if (plannedRisk.compareTo(remaining()) > 0) {
            return refusal(
                    BudgetRefusal.MONTHLY_BUDGET_EXHAUSTED,
                    "the plan risks " + plain(plannedRisk) + " " + month.quoteAsset() + " but only "
                            + plain(remaining()) + " of the " + month.month() + " budget remains");
        }
        return Optional.empty();
    }

    /** Every budget rule, in the order the trader can act on them. */
    public Optional<BudgetRefusal> refuse(String symbol, Side side, BigDecimal plannedRisk) {
        return refuseOpening(symbol, side).or(() -> refuseRisk(plannedRisk));
    }

    private static Optional<BudgetRefusal> refusal(String code, String message) {
        return Optional.of(new BudgetRefusal(code, message));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void requirePercent(BigDecimal percent, String what) {
        Objects.requireNonNull(percent, what);
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(what + " must be above 0 and at most 100 %, got " + percent);
        }
    }
}
