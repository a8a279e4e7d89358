package dev.robson.core.planning.stop;

import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The stop the plan will carry.
 *
 * @param technicalLevel the level read off the chart (a support's deepest low, or E − k × ATR)
 * @param stopLoss       X: the technical level floored to the tick, the price the operation stores
 */
public record TechnicalStop(
        SupportAnalysis analysis,
        Price technicalLevel,
        Price stopLoss,
        StopMethod method,
        Confidence confidence,
        List<StopWarning> warnings)
        implements StopOutcome {

    private static final int PERCENT_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TechnicalStop {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(technicalLevel, "technicalLevel");
        Objects.requireNonNull(stopLoss, "stopLoss");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(confidence, "confidence");
        warnings = List.copyOf(warnings);
        if (stopLoss.compareTo(analysis.entryReference()) >= 0) {
            throw new IllegalArgumentException("a LONG stop must sit below the entry reference");
        }
    }

    /** (E − X) / E in percent, to four decimals: what the plan card shows as the stop distance. */
    public BigDecimal stopDistancePercent() {
        BigDecimal entry = analysis.entryReference().value();
        return entry.subtract(stopLoss.value()).multiply(HUNDRED).divide(entry, PERCENT_SCALE, RoundingMode.HALF_UP);
    }
}
