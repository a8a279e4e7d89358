package dev.robson.core.performance;

import dev.robson.core.market.Asset;
import java.math.BigDecimal;

/**
 * The statistics of the trades that share one quote asset, rounded for output: amounts to the
 * asset's display scale, the win rate and profit factor to 2 decimals, the duration to whole
 * seconds. Nullable figures are undefined for the set (no wins, no losses).
 *
 * @param maxDrawdown the deepest fall of realized equity below its running peak, as a positive amount
 */
public record QuoteAssetPerformance(
        Asset quoteAsset,
        int trades,
        int wins,
        int losses,
        BigDecimal winRatePercent,
        BigDecimal realizedPnl,
        BigDecimal realizedPnlNet,
        BigDecimal fees,
        BigDecimal averageWin,
        BigDecimal averageLoss,
        BigDecimal profitFactor,
        BigDecimal expectancy,
        BigDecimal best,
        BigDecimal worst,
        BigDecimal maxDrawdown,
        long averageDurationSeconds) {}
