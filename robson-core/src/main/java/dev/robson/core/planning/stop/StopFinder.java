package dev.robson.core.planning.stop;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The technical stop of a LONG: under the N-th support below the entry reference E, from closed
 * candles only. Pure and deterministic: the same candles, E, tick, parameters and {@code now}
 * give the same answer, so a plan can be explained and re-checked afterwards.
 */
public final class StopFinder {

    private final StopFinderParameters parameters;

    public StopFinder(StopFinderParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * @param candles        the chart, in any order; the forming candle and any beyond
     *                       {@code lookback} are ignored
     * @param interval       the candles' interval, which spacing and closing are judged by
     * @param entryReference E, the price the entry is planned at
     * @param tickSize       the symbol's tick; the stop is floored onto it
     * @param now            the moment of planning, which decides what is closed and fresh
     */
    public StopOutcome find(
            List<Candle> candles, CandleInterval interval, Price entryReference, BigDecimal tickSize, Instant now) {
        Objects.requireNonNull(candles, "candles");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(entryReference, "entryReference");
        Objects.requireNonNull(now, "now");
        if (tickSize == null || tickSize.signum() <= 0) {
            throw new IllegalArgumentException("tick size must be positive");
        }
        return switch (ClosedCandles.select(candles, interval, now, parameters.lookback(), parameters.maxStaleness())) {
            case ClosedCandles.Refused refused -> refused.reason();
            case ClosedCandles.Usable usable -> read(usable.candles(), entryReference, tickSize);
        };
    }

    private StopOutcome read(List<Candle> window, Price entryReference, BigDecimal tickSize) {
        BigDecimal entry = entryReference.value();
        List<SwingLow> belowEntry = SwingLows.in(window).stream()
                .filter(low -> low.price().compareTo(entryReference) < 0)
                .toList();
        BigDecimal tolerance = DistanceBounds.percentOf(entry, parameters.clusterTolerancePercent());
        List<SupportLevel> levels = LevelClusters.of(belowEntry, tolerance);
        BigDecimal atr = AverageTrueRange.of(window, parameters.atrPeriod());
        Selection selection = new Selection(levels, new DistanceBounds(entry, parameters), tickSize);
        selection.walk(parameters.supportLevel());

        SupportAnalysis analysis = new SupportAnalysis(
                entryReference,
                levels,
                selection.skipped,
                atr,
                window.getFirst().openTime(),
                window.getLast().openTime());
        if (selection.chosen != null) {
            return selection.stop(analysis);
        }
        BigDecimal atrStop = entry.subtract(parameters.atrMultiple().multiply(atr));
        BigDecimal executable = floorToTick(atrStop, tickSize);
        DistanceBounds bounds = new DistanceBounds(entry, parameters);
        if (bounds.violation(atrStop) != null || bounds.violation(executable) != null) {
            return new NoValidStop(analysis, atrStop);
        }
        List<StopWarning> warnings = new ArrayList<>();
        if (levels.size() < parameters.supportLevel()) {
            warnings.add(StopWarning.SECOND_SUPPORT_NOT_FOUND);
        }
        warnings.add(StopWarning.ATR_FALLBACK);
        return new TechnicalStop(
                analysis, Price.of(atrStop), Price.of(executable), StopMethod.ATR_FALLBACK, Confidence.LOW, warnings);
    }

    /** Down onto the tick grid: a stop rounded up would sit inside the support it protects. */
    static BigDecimal floorToTick(BigDecimal price, BigDecimal tickSize) {
        return price.divide(tickSize, 0, RoundingMode.FLOOR).multiply(tickSize);
    }

    /** The walk from L_N deeper; remembers what it skipped and what it took. */
    private static final class Selection {
        private final List<SupportLevel> levels;
        private final DistanceBounds bounds;
        private final BigDecimal tickSize;
        private final List<SkippedLevel> skipped = new ArrayList<>();
        private SupportLevel chosen;
        private BigDecimal chosenStop;
        private Confidence confidence;
        private final List<StopWarning> warnings = new ArrayList<>();

        Selection(List<SupportLevel> levels, DistanceBounds bounds, BigDecimal tickSize) {
            this.levels = levels;
            this.bounds = bounds;
            this.tickSize = tickSize;
        }

        void walk(int supportLevel) {
            if (levels.size() < supportLevel) {
                // Never shallower than N, except that a lone support beats no support at all.
                if (!levels.isEmpty() && tryLevel(levels.getLast()) == null) {
                    confidence = Confidence.MEDIUM;
                    warnings.add(StopWarning.SECOND_SUPPORT_NOT_FOUND);
                }
                return;
            }
            for (int i = supportLevel - 1; i < levels.size(); i++) {
                SkippedLevel.Reason reason = tryLevel(levels.get(i));
                if (reason == null) {
                    confidence = i == supportLevel - 1 ? Confidence.HIGH : Confidence.MEDIUM;
                    return;
                }
                if (reason == SkippedLevel.Reason.ABOVE_MAX) {
                    // Levels are ordered by depth: every later one is too far as well.
                    levels.subList(i + 1, levels.size())
                            .forEach(deeper -> skipped.add(new SkippedLevel(deeper, SkippedLevel.Reason.ABOVE_MAX)));
                    return;
                }
            }
        }

        /** Takes {@code level} when it and its executable stop are in bounds; else records why not. */
        private SkippedLevel.Reason tryLevel(SupportLevel level) {
            BigDecimal executable = floorToTick(level.price().value(), tickSize);
            SkippedLevel.Reason reason = bounds.violation(level.price().value());
            if (reason == null) {
                reason = bounds.violation(executable);
            }
            if (reason != null) {
                skipped.add(new SkippedLevel(level, reason));
                return reason;
            }
            chosen = level;
            chosenStop = executable;
            return null;
        }

        TechnicalStop stop(SupportAnalysis analysis) {
            return new TechnicalStop(
                    analysis,
                    chosen.price(),
                    Price.of(chosenStop),
                    StopMethod.swingLevel(chosen.rank()),
                    confidence,
                    warnings);
        }
    }
}
