package dev.robson.cli.api;

import java.math.BigDecimal;

/** One asset of the account; {@code value} is in the account's quote asset. */
public record AssetBalance(String asset, BigDecimal free, BigDecimal locked, BigDecimal total, BigDecimal value) {

    static AssetBalance from(JsonObject json) {
        return new AssetBalance(
                json.text("asset"),
                json.decimal("free"),
                json.decimal("locked"),
                json.decimal("total"),
                json.optionalDecimal("value").orElse(null));
    }
}
