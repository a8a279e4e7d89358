package dev.robson.core.planning.stop;

import dev.robson.core.CodedWarning;

/** What the trader should know about a stop that was found anyway. */
public enum StopWarning implements CodedWarning {
    /** Fewer supports than the strategy's N; named for N = 2, the level every strategy uses. */
    SECOND_SUPPORT_NOT_FOUND("second support not found"),
    ATR_FALLBACK("no support within bounds: the stop comes from the ATR");

    private final String message;

    StopWarning(String message) {
        this.message = message;
    }

    @Override
    public String message() {
        return message;
    }
}
