package dev.robson.cli.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * An entry plan as the planning endpoints answer it: the preview a trader confirms (entry,
 * stop, target, size, the loss at the stop) and, after the confirmation, what filled.
 * {@code operationId} is null for a dry run; {@code filledQuantity}, {@code entryPrice} and
 * {@code failure} are null until the confirmation says otherwise.
 */
public record EntryPlan(
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
        List<SupportLevel> levels,
        List<PlanWarning> warnings,
        RiskStatus budget,
        BigDecimal feeRate,
        String expiresAt,
        String quoteAsset,
        @Nullable BigDecimal filledQuantity,
        @Nullable BigDecimal entryPrice,
        @Nullable String failure) {}
