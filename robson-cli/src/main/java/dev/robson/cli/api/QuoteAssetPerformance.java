package dev.robson.cli.api;

import java.math.BigDecimal;

/**
 * One entry of {@code /api/portfolio/performance/}: the statistics of one quote asset. The
 * undefined figures (a profit factor without losses, an average win without wins) are null.
 */
public record QuoteAssetPerformance(
        String quoteAsset,
        long trades,
        long wins,
        long losses,
        BigDecimal winRatePercent,
        BigDecimal realizedPnl,
        BigDecimal realizedPnlNet,
        BigDecimal fees,
        @Nullable BigDecimal averageWin,
        @Nullable BigDecimal averageLoss,
        @Nullable BigDecimal profitFactor,
        BigDecimal expectancy,
        BigDecimal best,
        BigDecimal worst,
        BigDecimal maxDrawdown,
        long averageDurationSeconds) {}
