package dev.robson.server.planning;

import dev.robson.core.planning.budget.RiskStatus;
import java.math.BigDecimal;

/**
 * The month's risk budget, in its quote asset: every amount computed exactly and rounded once
 * here, as money in that asset is shown everywhere in the API.
 *
 * @param month       the UTC month, e.g. 2026-12
 * @param capitalBase equity snapshotted with the month's first plan; before it, the equity now
 * @param budget      max monthly loss percent of the capital base
 * @param consumed    the month's realized net loss (gains do not enlarge the budget)
 * @param openRisk    the planned risk of pending plans and of operations opened from plans
 * @param remaining   budget − consumed − open risk, never below 0
 * @param slots       how many more plans risking the full allowance fit (a lower bound)
 * @param status      ACTIVE, or PAUSED once losses reach the budget (until the next month)
 */
record RiskStatusView(
        String month,
        String quoteAsset,
        BigDecimal capitalBase,
        BigDecimal budget,
        BigDecimal consumed,
        BigDecimal openRisk,
        BigDecimal remaining,
        int slots,
        String status) {

    static RiskStatusView of(RiskStatus status) {
        return new RiskStatusView(
                status.month().toString(),
                status.quoteAsset(),
                Amounts.money(status.capitalBase(), status.quoteAsset()),
                Amounts.money(status.budget(), status.quoteAsset()),
                Amounts.money(status.consumed(), status.quoteAsset()),
                Amounts.money(status.openRisk(), status.quoteAsset()),
                Amounts.money(status.remaining(), status.quoteAsset()),
                status.slots(),
                status.status().name());
    }
}
