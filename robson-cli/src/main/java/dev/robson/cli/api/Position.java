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
        @Nullable String direction,
        BigDecimal quantity,
        BigDecimal entryPrice,
        // Absent when the market has no price (halted, delisted, unreachable).
        @Nullable BigDecimal currentPrice,
        @Nullable BigDecimal unrealizedPnl,
        @Nullable BigDecimal unrealizedPnlPercent,
        BigDecimal stopLoss,
        BigDecimal takeProfit,
        @Nullable BigDecimal distanceToStopPercent,
        @Nullable BigDecimal distanceToTargetPercent,
        @Nullable BigDecimal riskAtStop,
        @Nullable BigDecimal rewardAtTarget,
        @Nullable BigDecimal positionValue,
        @Nullable String quoteAsset,
        boolean priceStale,
        @Nullable String priceSource,
        @Nullable String status,
        @Nullable String attention,
        @Nullable String marketStatus,
        @Nullable BigDecimal feesPaid,
        @Nullable BigDecimal estimatedExitFee,
        @Nullable BigDecimal unrealizedPnlNet) {

    /** An older server sends no direction and no status: the side names the first, and what it lists is open. */
    public Position {
        direction = direction != null ? direction : Sides.direction(side);
        status = status != null ? status : "OPEN";
    }

    /** A close has begun and not finished, or a person must look: the card is marked. */
    public boolean needsAttention() {
        return "CLOSING".equals(status) || attention != null;
    }
}
