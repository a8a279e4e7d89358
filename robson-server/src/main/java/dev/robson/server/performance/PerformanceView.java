package dev.robson.server.performance;

import dev.robson.core.performance.QuoteAssetPerformance;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One quote asset's statistics as the API shows them. An undefined figure (a profit factor
 * without losses, an average win without wins) is null, and like every null of the API it is
 * left out of the answer.
 */
record PerformanceView(
        String quoteAsset,
        int trades,
        int wins,
        int losses,
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
        long averageDurationSeconds) {

    static PerformanceView of(QuoteAssetPerformance figures) {
        return new PerformanceView(
                figures.quoteAsset().code(),
                figures.trades(),
                figures.wins(),
                figures.losses(),
                figures.winRatePercent(),
                figures.realizedPnl(),
                figures.realizedPnlNet(),
                figures.fees(),
                figures.averageWin(),
                figures.averageLoss(),
                figures.profitFactor(),
                figures.expectancy(),
                figures.best(),
                figures.worst(),
                figures.maxDrawdown(),
                figures.averageDurationSeconds());
    }
}
