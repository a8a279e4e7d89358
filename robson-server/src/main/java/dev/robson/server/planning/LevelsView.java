package dev.robson.server.planning;

import dev.robson.core.market.Symbol;
import dev.robson.core.planning.stop.NoValidStop;
import dev.robson.core.planning.stop.SupportAnalysis;
import dev.robson.core.planning.stop.TechnicalStop;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the stop finder read off the chart, for the chart overlay: every support below the
 * entry reference (nearest first), the ones the selection skipped and why, and the stop it
 * would take, or why there is none.
 *
 * @param entryReference E: the ask the levels are judged against
 * @param technicalLevel the level the stop is drawn from; absent when there is no valid stop
 * @param stopLoss       X: the technical level floored to the tick; absent with it
 * @param method         SWING_LEVEL_2, SWING_LEVEL_3, … or ATR_FALLBACK; absent with the stop
 * @param confidence     HIGH (the strategy's support), MEDIUM (a deeper one or a lone one), LOW (ATR)
 * @param refusal        no_valid_stop when neither a support nor the ATR gives a stop in bounds
 * @param candlesFrom    open time of the oldest candle read
 * @param candlesTo      open time of the newest (closed) candle read
 */
record LevelsView(
        String symbol,
        BigDecimal entryReference,
        List<ChartViews.LevelView> levels,
        List<ChartViews.SkippedLevelView> skippedLevels,
        @Nullable BigDecimal technicalLevel,
        @Nullable BigDecimal stopLoss,
        @Nullable String method,
        @Nullable String confidence,
        BigDecimal atr,
        @Nullable String refusal,
        List<ChartViews.WarningView> warnings,
        Instant candlesFrom,
        Instant candlesTo) {

    static LevelsView of(Symbol symbol, TechnicalStop stop) {
        return of(
                symbol,
                stop.analysis(),
                symbol.roundPrice(stop.technicalLevel().value()),
                symbol.roundPrice(stop.stopLoss().value()),
                stop.method().code(),
                stop.confidence().name(),
                null,
                stop.warnings().stream().map(ChartViews.WarningView::of).toList());
    }

    static LevelsView of(Symbol symbol, NoValidStop none) {
        return of(symbol, none.analysis(), null, null, null, null, NoValidStop.CODE, List.of());
    }

    private static LevelsView of(
            Symbol symbol,
            SupportAnalysis analysis,
            BigDecimal technicalLevel,
            BigDecimal stopLoss,
            String method,
            String confidence,
            String refusal,
            List<ChartViews.WarningView> warnings) {
        return new LevelsView(
                symbol.name(),
                symbol.roundPrice(analysis.entryReference().value()),
                analysis.levels().stream()
                        .map(level -> ChartViews.LevelView.of(level, symbol))
                        .toList(),
                analysis.skippedLevels().stream()
                        .map(skipped -> ChartViews.SkippedLevelView.of(skipped, symbol))
                        .toList(),
                technicalLevel,
                stopLoss,
                method,
                confidence,
                symbol.roundPrice(analysis.atr()),
                refusal,
                warnings,
                analysis.candlesFrom().truncatedTo(ChronoUnit.SECONDS),
                analysis.candlesTo().truncatedTo(ChronoUnit.SECONDS));
    }
}
