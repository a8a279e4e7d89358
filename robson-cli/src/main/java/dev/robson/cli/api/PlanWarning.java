package dev.robson.cli.api;

/** Something the trader should know before confirming ({@code atr_fallback}, {@code cash_capped}...). */
public record PlanWarning(String code, String message) {

    static PlanWarning from(JsonObject json) {
        return new PlanWarning(json.text("code"), json.optionalText("message").orElse(json.text("code")));
    }
}
