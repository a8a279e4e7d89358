package dev.robson.cli.api;

import java.math.BigDecimal;

/**
 * One open position valued by the server. Amounts stay exactly as the server rounded them;
 * the CLI only formats them. The fields beyond the seed's contract (direction, risk and
 * reward, price freshness) are optional so an older server still renders.
 */
public record Position(
        long operationId,
        String symbol,
        String side,
        String direction,
        BigDecimal quantity,
        BigDecimal entryPrice,
        BigDecimal currentPrice,
        BigDecimal unrealizedPnl,
        BigDecimal unrealizedPnlPercent,
        BigDecimal stopLoss,
        BigDecimal takeProfit,
        BigDecimal distanceToStopPercent,
        BigDecimal distanceToTargetPercent,
        BigDecimal riskAtStop,
        BigDecimal rewardAtTarget,
        BigDecimal positionValue,
        String quoteAsset,
        boolean priceStale,
        String priceSource) {

    static Position from(JsonObject json) {
        String side = json.text("side");
        String symbol = json.text("symbol");
        return new Position(
                json.whole("operation_id"),
                symbol,
                side,
                json.optionalText("direction").orElse(Sides.direction(side)),
                json.decimal("quantity"),
                json.decimal("entry_price"),
                json.decimal("current_price"),
                json.decimal("unrealized_pnl"),
                json.decimal("unrealized_pnl_percent"),
                json.decimal("stop_loss"),
                json.decimal("take_profit"),
                json.decimal("distance_to_stop_percent"),
                json.decimal("distance_to_target_percent"),
                json.optionalDecimal("risk_at_stop").orElse(null),
                json.optionalDecimal("reward_at_target").orElse(null),
                json.optionalDecimal("position_value").orElse(null),
                json.optionalText("quote_asset").orElseGet(() -> QuoteAssets.guess(symbol)),
                json.flag("price_stale"),
                json.optionalText("price_source").orElse(null));
    }
}
