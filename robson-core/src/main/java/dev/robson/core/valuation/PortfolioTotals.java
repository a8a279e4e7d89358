package dev.robson.core.valuation;

import dev.robson.core.market.Asset;
import dev.robson.core.market.QuoteAssetGroups;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Sums of open positions that share a quote asset. Amounts in different quote assets are never
 * added together: USDT and USDC are different coins, and BTC-quoted amounts are not dollars.
 *
 * <p>{@code unrealizedPnlNet} is the sum of each position's P&amp;L less the fees it paid and the fee
 * its exit would pay; it is null when the totals were made without taker rates.
 *
 * <p>The percentage is a component rather than derived from the rounded amounts because two-decimal
 * amounts on a small position would distort it (0.13 / 29.32 reads 0.44 % where the truth is 0.46 %).
 */
public record PortfolioTotals(
        Asset quoteAsset,
        BigDecimal unrealizedPnl,
        BigDecimal positionsValue,
        BigDecimal costBasis,
        int positions,
        BigDecimal unrealizedPnlPercent,
        BigDecimal unrealizedPnlNet) {

    public PortfolioTotals {
        if (quoteAsset == null
                || unrealizedPnl == null
                || positionsValue == null
                || costBasis == null
                || unrealizedPnlPercent == null) {
            throw new IllegalArgumentException("portfolio totals need quote asset and amounts");
        }
        if (positions < 0) {
            throw new IllegalArgumentException("positions must not be negative, got " + positions);
        }
    }

    /** Totals whose percentage is taken from the amounts as given. */
    public PortfolioTotals(
            Asset quoteAsset,
            BigDecimal unrealizedPnl,
            BigDecimal positionsValue,
            BigDecimal costBasis,
            int positions) {
        this(
                quoteAsset,
                unrealizedPnl,
                positionsValue,
                costBasis,
                positions,
                displayPercent(unrealizedPnl, costBasis),
                null);
    }

    /** One entry per quote asset, ordered by asset code, each summed exactly then rounded once. */
    public static List<PortfolioTotals> of(Collection<PositionValuation> valuations) {
        return of(valuations, null);
    }

    /**
     * Like {@link #of(Collection)}, with each position's net P&amp;L at the taker rate {@code takerRates}
     * gives for it, summed exactly and rounded once.
     */
    public static List<PortfolioTotals> of(
            Collection<PositionValuation> valuations, Function<PositionValuation, BigDecimal> takerRates) {
        List<PortfolioTotals> totals = new ArrayList<>();
        for (List<PositionValuation> group : QuoteAssetGroups.of(
                valuations, valuation -> valuation.operation().symbol().quote(), "valuations")) {
            totals.add(sum(group, takerRates));
        }
        return List.copyOf(totals);
    }

    private static PortfolioTotals sum(
            List<PositionValuation> group, Function<PositionValuation, BigDecimal> takerRates) {
        Asset quoteAsset = group.getFirst().operation().symbol().quote();
        BigDecimal pnl = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (PositionValuation valuation : group) {
            if (takerRates != null) {
                net = net.add(NetPnl.of(valuation, takerRates.apply(valuation)).unrealizedPnlNet());
            }
            pnl = pnl.add(valuation.unrealizedPnl());
            value = value.add(valuation.positionValue());
            cost = cost.add(valuation.costBasis());
        }
        int scale = quoteAsset.amountScale();
        return new PortfolioTotals(
                quoteAsset,
                pnl.setScale(scale, RoundingMode.HALF_UP),
                value.setScale(scale, RoundingMode.HALF_UP),
                cost.setScale(scale, RoundingMode.HALF_UP),
                group.size(),
                displayPercent(pnl, cost),
                takerRates == null ? null : net.setScale(scale, RoundingMode.HALF_UP));
    }

    private static BigDecimal displayPercent(BigDecimal pnl, BigDecimal cost) {
        if (pnl == null || cost == null) {
            return null;
        }
        if (cost.signum() == 0) {
            return BigDecimal.ZERO.setScale(Percent.DISPLAY_SCALE);
        }
        return Percent.forDisplay(Percent.of(pnl, cost));
    }
}
