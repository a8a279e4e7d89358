package dev.robson.core.valuation;

import dev.robson.core.market.Asset;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * A {@link PositionValuation} rounded HALF_UP for display: prices to the tick, quantity to the
 * step, amounts to the quote asset's scale, percentages to two decimals.
 */
public record RoundedValuation(
        Asset quoteAsset,
        BigDecimal quantity,
        BigDecimal entryPrice,
        BigDecimal currentPrice,
        BigDecimal stopLoss,
        BigDecimal takeProfit,
        BigDecimal unrealizedPnl,
        BigDecimal unrealizedPnlPercent,
        BigDecimal distanceToStopPercent,
        BigDecimal distanceToTargetPercent,
        BigDecimal riskAtStop,
        BigDecimal rewardAtTarget,
        BigDecimal positionValue,
        BigDecimal costBasis) {

    public RoundedValuation {
        if (Stream.of(
                        quoteAsset,
                        quantity,
                        entryPrice,
                        currentPrice,
                        stopLoss,
                        takeProfit,
                        unrealizedPnl,
                        unrealizedPnlPercent,
                        distanceToStopPercent,
                        distanceToTargetPercent,
                        riskAtStop,
                        rewardAtTarget,
                        positionValue,
                        costBasis)
                .anyMatch(component -> component == null)) {
            throw new IllegalArgumentException("every rounded valuation component is required");
        }
    }
}
