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
        Long operationId,
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
        BigDecimal filledQuantity,
        BigDecimal entryPrice,
        String failure) {

    static EntryPlan from(JsonObject json) {
        return new EntryPlan(
                json.fields().get("operation_id") == null ? null : json.whole("operation_id"),
                json.text("status"),
                json.whole("strategy_id"),
                json.text("symbol"),
                json.text("side"),
                json.decimal("entry_reference"),
                json.decimal("entry_max"),
                json.decimal("technical_level"),
                json.decimal("stop_loss"),
                json.decimal("take_profit"),
                json.decimal("quantity"),
                json.decimal("sellable_quantity"),
                json.decimal("notional"),
                json.decimal("planned_risk"),
                json.decimal("planned_risk_percent"),
                json.decimal("stop_distance_percent"),
                json.text("method"),
                json.text("confidence"),
                json.objects("levels").stream().map(SupportLevel::from).toList(),
                json.objects("warnings").stream().map(PlanWarning::from).toList(),
                RiskStatus.from(json.object("budget")),
                json.decimal("fee_rate"),
                json.text("expires_at"),
                json.text("quote_asset"),
                json.optionalDecimal("filled_quantity").orElse(null),
                json.optionalDecimal("entry_price").orElse(null),
                json.optionalText("failure").orElse(null));
    }
}
