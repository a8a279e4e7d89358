package dev.robson.core.planning.stop;

import java.util.regex.Pattern;

/** How the stop was found: under support N ({@code SWING_LEVEL_2}, …) or from the ATR. */
public record StopMethod(String code) {

    // Before ATR_FALLBACK: static fields initialise in order, and the constructor reads it.
    private static final Pattern CODE = Pattern.compile("^(SWING_LEVEL_[1-9][0-9]*|ATR_FALLBACK)$");
    private static final String SWING_PREFIX = "SWING_LEVEL_";

    public static final StopMethod ATR_FALLBACK = new StopMethod("ATR_FALLBACK");

    public StopMethod {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("unknown stop method '" + code + "'");
        }
    }

    public static StopMethod swingLevel(int rank) {
        return new StopMethod(SWING_PREFIX + rank);
    }

    public boolean isAtrFallback() {
        return equals(ATR_FALLBACK);
    }

    @Override
    public String toString() {
        return code;
    }
}
