package dev.robson.cli.api;

/** Something the trader should know before confirming ({@code atr_fallback}, {@code cash_capped}...). */
public record PlanWarning(String code, @Nullable String message) {

    /** A warning the server sends without a message reads as its code. */
    public PlanWarning {
        message = message != null ? message : code;
    }
}
