package dev.robson.core.planning.stop;

import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the finder read off the chart, whatever it concluded: the chart overlay draws it.
 *
 * @param levels        every support below E, nearest first (rank 1 = L1)
 * @param skippedLevels the levels the selection examined and refused, with why
 * @param atr           ATR over the finder's period (simple mean of true ranges)
 * @param candlesFrom   open time of the oldest candle read
 * @param candlesTo     open time of the newest candle read
 */
public record SupportAnalysis(
        Price entryReference,
        List<SupportLevel> levels,
        List<SkippedLevel> skippedLevels,
        BigDecimal atr,
        Instant candlesFrom,
        Instant candlesTo) {

    public SupportAnalysis {
        Objects.requireNonNull(entryReference, "entryReference");
        Objects.requireNonNull(atr, "atr");
        Objects.requireNonNull(candlesFrom, "candlesFrom");
        Objects.requireNonNull(candlesTo, "candlesTo");
        levels = List.copyOf(levels);
        skippedLevels = List.copyOf(skippedLevels);
    }
}
