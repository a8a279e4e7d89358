package dev.robson.core.planning;

import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import dev.robson.core.planning.budget.RiskStatus;
import dev.robson.core.planning.sizing.PositionSize;
import dev.robson.core.planning.stop.TechnicalStop;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The whole preview of a plan: the stop and how it was found, the size, the target estimate,
 * the budget as it stands before this plan, and the warnings of both.
 *
 * @param budget the month's status without this plan; the plan's own risk is {@code size.plannedRisk()}
 */
public record PlanProposal(
        Strategy strategy,
        Symbol symbol,
        TechnicalStop stop,
        PositionSize size,
        Price takeProfitEstimate,
        BigDecimal feeRate,
        RiskStatus budget,
        List<PlanWarning> warnings,
        Instant expiresAt)
        implements PlanOutcome {

    public PlanProposal {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(takeProfitEstimate, "takeProfitEstimate");
        Objects.requireNonNull(feeRate, "feeRate");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(expiresAt, "expiresAt");
        warnings = List.copyOf(warnings);
    }

    /** The numbers the trader confirms, as the plan stores them. */
    public PlanTerms terms() {
        return new PlanTerms(
                symbol,
                strategy.side(),
                stop.analysis().entryReference(),
                size.entryMax(),
                stop.technicalLevel(),
                stop.stopLoss(),
                takeProfitEstimate,
                size.quantity(),
                size.sellableQuantity(),
                size.plannedRisk(),
                strategy.rewardMultiple(),
                feeRate);
    }
}
