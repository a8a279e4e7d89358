package dev.robson.core.planning;

import dev.robson.core.market.Symbol;
import dev.robson.core.planning.budget.BudgetRefusal;
import dev.robson.core.planning.sizing.PositionSize;
import dev.robson.core.planning.sizing.PositionSizer;
import dev.robson.core.planning.sizing.SizingInput;
import dev.robson.core.planning.sizing.SizingOutcome;
import dev.robson.core.planning.sizing.SizingRefusal;
import dev.robson.core.planning.sizing.TargetPrice;
import dev.robson.core.planning.stop.DataUnavailable;
import dev.robson.core.planning.stop.NoValidStop;
import dev.robson.core.planning.stop.StopFinder;
import dev.robson.core.planning.stop.StopOutcome;
import dev.robson.core.planning.stop.TechnicalStop;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the preview of a plan: the rules that need nothing but the account first (side, a paused
 * month, a duplicate), then the stop, the size under it, and last the budget against that size.
 * The same function re-run gives the same answer for the same inputs; {@link #confirm} re-runs
 * the guards on a plan already made.
 */
public final class EntryPlanner {

    private EntryPlanner() {}

    public static PlanOutcome propose(PlanRequest request) {
        Strategy strategy = request.strategy();
        if (!request.symbol().trading()) {
            return new PlanRefusal(
                    PlanRefusal.SYMBOL_NOT_TRADING,
                    request.symbol().name() + " is " + request.symbol().status() + " on the exchange",
                    null);
        }
        Optional<BudgetRefusal> opening =
                request.budget().refuseOpening(request.symbol().name(), strategy.side());
        if (opening.isPresent()) {
            return refusal(opening.get(), null);
        }

        StopOutcome found = new StopFinder(strategy.finderParameters())
                .find(
                        request.candles(),
                        strategy.timeframe(),
                        request.entryReference(),
                        request.symbol().tickSize(),
                        request.now());
        TechnicalStop stop;
        switch (found) {
            case DataUnavailable unavailable -> {
                return new PlanRefusal(unavailable.code(), unavailable.message(), found);
            }
            case NoValidStop none -> {
                return new PlanRefusal(
                        none.code(),
                        "neither a support nor " + strategy.finderParameters().atrMultiple() + " ATR below "
                                + request.entryReference() + " is within the stop distance bounds",
                        found);
            }
            case TechnicalStop technical -> stop = technical;
        }

        SizingOutcome sized = PositionSizer.size(new SizingInput(
                request.symbol(),
                request.entryReference(),
                stop.stopLoss(),
                request.budget().month().capitalBase(),
                strategy.riskPerTradePercent(),
                request.freeQuote(),
                request.costs()));
        PositionSize size;
        switch (sized) {
            case SizingRefusal refused -> {
                return new PlanRefusal(refused.code(), refused.message(), found);
            }
            case PositionSize positionSize -> size = positionSize;
        }

        Optional<BudgetRefusal> overBudget = request.budget().refuseRisk(size.plannedRisk());
        if (overBudget.isPresent()) {
            return refusal(overBudget.get(), found);
        }

        List<PlanWarning> warnings = new ArrayList<>();
        stop.warnings().forEach(warning -> warnings.add(PlanWarning.of(warning)));
        size.warnings().forEach(warning -> warnings.add(PlanWarning.of(warning)));
        return new PlanProposal(
                strategy,
                request.symbol(),
                stop,
                size,
                TargetPrice.of(
                        request.entryReference(),
                        stop.stopLoss(),
                        strategy.rewardMultiple(),
                        request.symbol().tickSize()),
                request.costs().takerFeeRate(),
                request.budget().status(),
                warnings,
                request.now().plus(EntryPlan.TIME_TO_LIVE));
    }

    /**
     * Re-runs every guard on the fresh market and account, then confirms: the plan becomes
     * EXPIRED past its time to live, REJECTED with the code of the first guard that refuses (the
     * symbol's status, the month's rules, a size that no longer passes the filters or the cash,
     * price drift), else ENTERING for at most the planned quantity. The stop X and E_max are the
     * plan's own: they are re-checked, never recomputed.
     *
     * @return the status the plan moved to
     */
    public static PlanStatus confirm(EntryPlan plan, Confirmation confirmation) {
        PlanTerms terms = plan.terms();
        // Not PLANNED: illegal_transition, before any guard runs. Expired: EXPIRED, whatever the guards say.
        if (plan.status() != PlanStatus.PLANNED || plan.isExpiredAt(confirmation.now())) {
            return plan.confirm(confirmation.now(), confirmation.freshAsk());
        }
        Symbol symbol = confirmation.symbol();
        if (!symbol.trading()) {
            plan.reject(PlanRefusal.SYMBOL_NOT_TRADING);
            return plan.status();
        }
        Optional<BudgetRefusal> opening = confirmation.budget().refuseOpening(symbol.name(), terms.side());
        if (opening.isPresent()) {
            plan.reject(opening.get().code());
            return plan.status();
        }
        SizingOutcome resized = PositionSizer.size(new SizingInput(
                symbol,
                terms.entryReference(),
                terms.stopLoss(),
                confirmation.budget().month().capitalBase(),
                confirmation.strategy().riskPerTradePercent(),
                confirmation.freeQuote(),
                confirmation.costs()));
        if (resized instanceof SizingRefusal refused) {
            plan.reject(refused.code());
            return plan.status();
        }
        PositionSize fresh = (PositionSize) resized;
        BigDecimal risk = fresh.plannedRisk().min(terms.plannedRisk());
        Optional<BudgetRefusal> overBudget = confirmation.budget().refuseRisk(risk);
        if (overBudget.isPresent()) {
            plan.reject(overBudget.get().code());
            return plan.status();
        }
        return plan.confirm(confirmation.now(), confirmation.freshAsk(), fresh.quantity());
    }

    private static PlanRefusal refusal(BudgetRefusal refused, StopOutcome analysis) {
        return new PlanRefusal(refused.code(), refused.message(), analysis);
    }
}
