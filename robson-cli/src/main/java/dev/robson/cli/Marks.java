package dev.robson.cli;

/**
 * The labels that keep a trader from mistaking a rehearsal for the real thing: PAPER trading,
 * SIMULATED prices, STALE quotes. Shown whenever the server says so.
 */
final class Marks {

    private Marks() {}

    /** A trading mode or price source other than the real exchange, or "" for the real one. */
    static String unlessReal(String sourceOrMode, Style style) {
        if (sourceOrMode == null
                || sourceOrMode.isBlank()
                || "LIVE".equals(sourceOrMode)
                || "BINANCE".equals(sourceOrMode)) {
            return "";
        }
        return " " + style.yellow("[" + sourceOrMode + "]");
    }

    static String stale(boolean stale, Style style) {
        return stale ? " " + style.red("[STALE]") : "";
    }
}
