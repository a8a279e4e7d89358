package dev.robson.server.portfolio;

import dev.robson.core.valuation.PortfolioTotals;
import java.math.BigDecimal;

/**
 * Totals of the open positions quoted in one asset; assets are never added together.
 *
 * @param unrealizedPnlNet the positions' unrealized P&amp;L less the fees their fills paid and the
 *     fees their exits would pay at the account's taker rate
 */
public record PortfolioTotalsView(
        String quoteAsset,
        int positions,
        BigDecimal unrealizedPnl,
        BigDecimal unrealizedPnlPercent,
        BigDecimal positionsValue,
        BigDecimal costBasis,
        BigDecimal unrealizedPnlNet) {

    static PortfolioTotalsView of(PortfolioTotals totals) {
        return new PortfolioTotalsView(
                totals.quoteAsset().code(),
                totals.positions(),
                totals.unrealizedPnl(),
                totals.unrealizedPnlPercent(),
                totals.positionsValue(),
                totals.costBasis(),
                totals.unrealizedPnlNet());
    }
}
