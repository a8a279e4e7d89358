package dev.robson.core.planning.stop;

/** What the trader should know about a stop that was found anyway. */
public enum StopWarning {
    /** Fewer supports than the strategy's N; named for N = 2, the level every strategy uses. */
    SECOND_SUPPORT_NOT_FOUND("second_support_not_found", "second support not found"),
    ATR_FALLBACK("atr_fallback", "no support within bounds: the stop comes from the ATR");

    private final String code;
    private final String message;

    StopWarning(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
