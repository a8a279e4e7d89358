package dev.robson.server.planning;

import dev.robson.core.market.Symbol;
import dev.robson.core.planning.EntryFill;
import dev.robson.core.planning.EntryPlan;
import dev.robson.core.planning.PlanProposal;
import dev.robson.core.planning.PlanTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry plan: the preview the trader confirms, and once confirmed what the entry bought.
 * Prices on the symbol's tick, quantities on its step, money (notional, planned risk, the budget)
 * rounded once here as the quote asset is shown (USDC: cents, half up); rates exact.
 *
 * @param operationId         the tenant's number of the operation the plan is; absent on a dry run
 * @param status              PLANNED, ENTERING, ACTIVE, EXPIRED, CANCELLED, REJECTED or FAILED
 * @param strategyId          the tenant's number of the strategy it was made with
 * @param entryReference      E: the ask the plan was made at
 * @param entryMax            E_max: the LIMIT IOC price; a fresh ask above it is price drift
 * @param technicalLevel      the support (or ATR level) the stop was drawn from
 * @param stopLoss            X: the operation's absolute stop, never recomputed
 * @param takeProfit          from E while planned; from the fill average once ACTIVE
 * @param quantity            q: the most the entry buys
 * @param sellableQuantity    q_sell: what the stop can sell once the entry's fee is taken
 * @param notional            q × E_max
 * @param plannedRisk         q × L: what a stop-out costs, fees and slippage included
 * @param plannedRiskPercent  planned risk of the capital base, in percent
 * @param stopDistancePercent (E − X) / E, in percent
 * @param method              SWING_LEVEL_2, SWING_LEVEL_3, … or ATR_FALLBACK
 * @param confidence          HIGH, MEDIUM or LOW
 * @param budget              the month as it stood before this plan
 * @param feeRate             the taker rate the size assumed (0.001 = 0.1 %)
 * @param expiresAt           a plan not confirmed by then expires
 * @param filledQuantity      what the entry bought (ACTIVE only)
 * @param entryPrice          the fill average (ACTIVE only)
 * @param failure             the code that REJECTED or FAILED it
 */
record PlanView(
        @Nullable Long operationId,
        String status,
        long strategyId,
        String symbol,
        String side,
        BigDecimal entryReference,
        BigDecimal entryMax,
        BigDecimal technicalLevel,
        BigDecimal stopLoss,
        BigDecimal takeProfit,
        BigDecimal quantity,
        BigDecimal sellableQuantity,
        BigDecimal notional,
        BigDecimal plannedRisk,
        BigDecimal plannedRiskPercent,
        BigDecimal stopDistancePercent,
        String method,
        String confidence,
        List<ChartViews.LevelView> levels,
        List<ChartViews.SkippedLevelView> skippedLevels,
        List<ChartViews.WarningView> warnings,
        RiskStatusView budget,
        BigDecimal feeRate,
        Instant expiresAt,
        String quoteAsset,
        @Nullable BigDecimal filledQuantity,
        @Nullable BigDecimal entryPrice,
        @Nullable String failure) {

    /** A proposal not saved (a dry run). */
    static PlanView proposed(PlanProposal proposal, long strategyNumber, PlanFigures figures, PlanPreview preview) {
        return of(null, "PLANNED", strategyNumber, proposal.terms(), figures, preview, proposal.expiresAt(), null);
    }

    static PlanView of(StoredPlan stored) {
        EntryPlan plan = stored.plan();
        PlanView view = of(
                stored.number(),
                plan.status().name(),
                stored.strategyNumber(),
                plan.terms(),
                stored.figures(),
                stored.preview(),
                plan.expiresAt(),
                plan.rejection() != null ? plan.rejection() : stored.failure());
        EntryFill fill = plan.entryFill();
        if (fill == null) {
            return view;
        }
        Symbol symbol = plan.terms().symbol();
        return new PlanView(
                view.operationId(),
                view.status(),
                view.strategyId(),
                view.symbol(),
                view.side(),
                view.entryReference(),
                view.entryMax(),
                view.technicalLevel(),
                view.stopLoss(),
                symbol.roundPrice(plan.takeProfit().value()),
                view.quantity(),
                view.sellableQuantity(),
                view.notional(),
                view.plannedRisk(),
                view.plannedRiskPercent(),
                view.stopDistancePercent(),
                view.method(),
                view.confidence(),
                view.levels(),
                view.skippedLevels(),
                view.warnings(),
                view.budget(),
                view.feeRate(),
                view.expiresAt(),
                view.quoteAsset(),
                symbol.roundQuantity(fill.quantity().value()),
                symbol.roundPrice(fill.averagePrice().value()),
                view.failure());
    }

    private static PlanView of(
            Long number,
            String status,
            long strategyNumber,
            PlanTerms terms,
            PlanFigures figures,
            PlanPreview preview,
            Instant expiresAt,
            String failure) {
        Symbol symbol = terms.symbol();
        return new PlanView(
                number,
                status,
                strategyNumber,
                symbol.name(),
                terms.side().positionLabel(),
                symbol.roundPrice(terms.entryReference().value()),
                symbol.roundPrice(terms.entryMax().value()),
                symbol.roundPrice(terms.technicalLevel().value()),
                symbol.roundPrice(terms.stopLoss().value()),
                symbol.roundPrice(terms.takeProfitEstimate().value()),
                symbol.roundQuantity(terms.quantity().value()),
                symbol.roundQuantity(terms.sellableQuantity().value()),
                symbol.roundQuoteAmount(figures.notional()),
                symbol.roundQuoteAmount(terms.plannedRisk()),
                figures.plannedRiskPercent().setScale(4, RoundingMode.HALF_UP),
                figures.stopDistancePercent().setScale(4, RoundingMode.HALF_UP),
                figures.method(),
                figures.confidence(),
                preview.levels(),
                preview.skippedLevels(),
                preview.warnings(),
                preview.budget(),
                Amounts.exact(terms.feeRate()),
                expiresAt.truncatedTo(ChronoUnit.SECONDS),
                figures.quoteAsset(),
                null,
                null,
                failure);
    }
}
