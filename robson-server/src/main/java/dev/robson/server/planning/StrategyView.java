package dev.robson.server.planning;

import java.math.BigDecimal;

/**
 * A strategy as the API shows it; percentages in percent ({@code "1"} is 1 %).
 *
 * @param id            the tenant's number for it: what a plan names as {@code strategy_id}
 * @param side          LONG or SHORT (a SHORT strategy is refused when planning: spot only)
 * @param supportLevel  N: the support below the entry the stop goes under
 * @param rewardMultiple the target sits this many stop distances above the entry
 */
record StrategyView(
        long id,
        String name,
        String side,
        String timeframe,
        int supportLevel,
        BigDecimal riskPerTradePercent,
        BigDecimal rewardMultiple,
        BigDecimal maxMonthlyLossPercent) {

    static StrategyView of(StoredStrategy stored) {
        return new StrategyView(
                stored.number(),
                stored.name(),
                stored.side(),
                stored.timeframe(),
                stored.supportLevel(),
                Amounts.exact(stored.riskPerTradePercent()),
                Amounts.exact(stored.rewardMultiple()),
                Amounts.exact(stored.maxMonthlyLossPercent()));
    }
}
