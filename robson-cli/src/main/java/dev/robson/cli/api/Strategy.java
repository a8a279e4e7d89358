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
        BigDecimal maxMonthlyLossPercent) {}
