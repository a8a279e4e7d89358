package dev.robson.cli.api;

import java.math.BigDecimal;

/**
 * One open position valued by the server. Amounts stay exactly as the server rounded them;
 * the CLI only formats them. The fields added after the first contract (direction, risk and
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
        String priceSource,
        String status,
        String attention,
        String marketStatus,
        BigDecimal feesPaid,
        BigDecimal estimatedExitFee,
        BigDecimal unrealizedPnlNet) {

    /** A close has begun and not finished, or a person must look: the card is marked. */
    public boolean needsAttention() {
        return "CLOSING".equals(status) || attention != null;
    }

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
                // Absent when the market has no price (halted, delisted, unreachable).
                json.optionalDecimal("current_price").orElse(null),
                json.optionalDecimal("unrealized_pnl").orElse(null),
                json.optionalDecimal("unrealized_pnl_percent").orElse(null),
                json.decimal("stop_loss"),
                json.decimal("take_profit"),
                json.optionalDecimal("distance_to_stop_percent").orElse(null),
                json.optionalDecimal("distance_to_target_percent").orElse(null),
                json.optionalDecimal("risk_at_stop").orElse(null),
                json.optionalDecimal("reward_at_target").orElse(null),
                json.optionalDecimal("position_value").orElse(null),
                json.optionalText("quote_asset").orElse(null),
                json.flag("price_stale"),
                json.optionalText("price_source").orElse(null),
                json.optionalText("status").orElse("OPEN"),
                json.optionalText("attention").orElse(null),
                json.optionalText("market_status").orElse(null),
                json.optionalDecimal("fees_paid").orElse(null),
                json.optionalDecimal("estimated_exit_fee").orElse(null),
                json.optionalDecimal("unrealized_pnl_net").orElse(null));
    }
}
