package dev.robson.server.planning;

import dev.robson.core.market.Symbol;
import dev.robson.core.planning.PlanWarning;
import dev.robson.core.planning.stop.SkippedLevel;
import dev.robson.core.planning.stop.StopWarning;
import dev.robson.core.planning.stop.SupportLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The parts of the chart reading that the levels answer and a plan share. */
final class ChartViews {

    private ChartViews() {}

    /**
     * A support below the entry, nearest first in its list.
     *
     * @param members         how many swing lows formed it
     * @param lastTouchTime   open time of the latest candle whose low formed it
     */
    record LevelView(BigDecimal price, int members, Instant lastTouchTime) {

        static LevelView of(SupportLevel level, Symbol symbol) {
            return new LevelView(
                    symbol.roundPrice(level.price().value()),
                    level.members(),
                    level.lastTouchTime().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /** @param reason below_min (too near the entry) or above_max (too far; deeper ones are too) */
    record SkippedLevelView(BigDecimal price, int members, Instant lastTouchTime, String reason) {

        static SkippedLevelView of(SkippedLevel skipped, Symbol symbol) {
            LevelView level = LevelView.of(skipped.level(), symbol);
            return new SkippedLevelView(
                    level.price(),
                    level.members(),
                    level.lastTouchTime(),
                    skipped.reason().code());
        }
    }

    /** Something to read before confirming, e.g. second_support_not_found, atr_fallback, cash_capped. */
    record WarningView(String code, String message) {

        static WarningView of(PlanWarning warning) {
            return new WarningView(warning.code(), warning.message());
        }

        static WarningView of(StopWarning warning) {
            return new WarningView(warning.code(), warning.message());
        }
    }
}
