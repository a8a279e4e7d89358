package dev.robson.core.planning.stop;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The chart was read but neither a support nor the ATR fallback gives a stop within the
 * distance bounds, so the plan is refused. The analysis still goes out for the chart overlay.
 *
 * @param atrStop the ATR fallback that was tried (E − multiple × ATR), which may be zero or
 *                negative on a wild chart, hence not a price
 */
public record NoValidStop(SupportAnalysis analysis, BigDecimal atrStop) implements StopOutcome {

    public static final String CODE = "no_valid_stop";

    public NoValidStop {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(atrStop, "atrStop");
    }

    public String code() {
        return CODE;
    }
}
