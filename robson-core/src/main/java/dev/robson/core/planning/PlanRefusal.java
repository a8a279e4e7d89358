package dev.robson.core.planning;

import dev.robson.core.planning.stop.DataUnavailable;
import dev.robson.core.planning.stop.StopOutcome;
import java.util.Objects;

/**
 * No plan: the code of the rule that refused it (the finder's, the sizer's or the budget's,
 * unchanged) and, once the chart was read, what the finder saw, for the chart overlay.
 *
 * @param analysis the finder's answer, or null when the plan was refused before the chart was read
 */
public record PlanRefusal(String code, String message, StopOutcome analysis) implements PlanOutcome {

    /** The exchange does not trade the symbol now (BREAK, HALT, delisted). */
    public static final String SYMBOL_NOT_TRADING = "symbol_not_trading";

    public PlanRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Worth retrying shortly: the market data was missing or stale, not the plan wrong. */
    public boolean retryable() {
        return DataUnavailable.CODE.equals(code);
    }
}
