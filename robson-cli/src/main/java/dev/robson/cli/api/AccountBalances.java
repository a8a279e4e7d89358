package dev.robson.cli.api;

import java.math.BigDecimal;
import java.util.List;

/** The answer of {@code GET /api/account/balance/}. */
public record AccountBalances(String quoteAsset, List<AssetBalance> balances, BigDecimal totalValue, String source) {

    static AccountBalances from(JsonObject json) {
        return new AccountBalances(
                json.text("quote_asset"),
                json.objects("balances").stream().map(AssetBalance::from).toList(),
                json.optionalDecimal("total_value").orElse(null),
                json.optionalText("source").orElse(null));
    }
}
