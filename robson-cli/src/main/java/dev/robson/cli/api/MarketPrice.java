package dev.robson.cli.api;

import java.math.BigDecimal;

/** The answer of {@code GET /api/market/price/{symbol}/}. */
public record MarketPrice(
        String symbol,
        String baseAsset,
        String quoteAsset,
        BigDecimal bid,
        BigDecimal ask,
        BigDecimal last,
        BigDecimal spread,
        BigDecimal spreadPercent,
        long timestamp,
        boolean stale,
        String source) {

    static MarketPrice from(JsonObject json) {
        String symbol = json.text("symbol");
        BigDecimal bid = json.decimal("bid");
        BigDecimal ask = json.decimal("ask");
        String quote = json.optionalText("quote_asset").orElse(null);
        String base = json.optionalText("base_asset")
                .orElseGet(() -> quote == null ? null : symbol.substring(0, symbol.length() - quote.length()));
        return new MarketPrice(
                symbol,
                base,
                quote,
                bid,
                ask,
                json.optionalDecimal("last").orElse(null),
                // The seed's contract has no spread: ask − bid is exact in BigDecimal.
                json.optionalDecimal("spread").orElseGet(() -> ask.subtract(bid)),
                json.optionalDecimal("spread_percent").orElse(null),
                json.whole("timestamp"),
                json.flag("stale"),
                json.optionalText("source").orElse(null));
    }
}
