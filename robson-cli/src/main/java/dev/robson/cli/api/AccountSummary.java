package dev.robson.cli.api;

import java.math.BigDecimal;

/** The answer of {@code GET /api/account/summary/}; the server computes {@code available}. */
public record AccountSummary(
        String quoteAsset,
        BigDecimal balance,
        BigDecimal positionsValue,
        BigDecimal available,
        BigDecimal exposurePercent,
        String source,
        Long timestamp) {

    static AccountSummary from(JsonObject json) {
        return new AccountSummary(
                json.text("quote_asset"),
                json.decimal("balance"),
                json.decimal("positions_value"),
                json.decimal("available"),
                json.decimal("exposure_percent"),
                json.optionalText("source").orElse(null),
                json.fields().get("timestamp") == null ? null : json.whole("timestamp"));
    }
}
