package dev.robson.cli.api;

import java.math.BigDecimal;

/** One of the tenant's strategies as {@code GET /api/strategies/} lists it; percentages as the server sent them. */
public record Strategy(
        long id,
        String name,
        String side,
        String timeframe,
        long supportLevel,
        BigDecimal riskPerTradePercent,
        BigDecimal rewardMultiple,
        BigDecimal maxMonthlyLossPercent) {

    static Strategy from(JsonObject json) {
        return new Strategy(
                json.whole("id"),
                json.text("name"),
                json.text("side"),
                json.text("timeframe"),
                json.whole("support_level"),
                json.decimal("risk_per_trade_percent"),
                json.decimal("reward_multiple"),
                json.decimal("max_monthly_loss_percent"));
    }
}
