package dev.robson.cli.api;

import java.math.BigDecimal;

/** The answer of {@code GET /api/market/price/{symbol}/}. */
public record MarketPrice(
        String symbol,
        @Nullable String baseAsset,
        @Nullable String quoteAsset,
        BigDecimal bid,
        BigDecimal ask,
        @Nullable BigDecimal last,
        @Nullable BigDecimal spread,
        @Nullable BigDecimal spreadPercent,
        long timestamp,
        boolean stale,
        @Nullable String source) {

    /**
     * The seed's contract has neither the base asset nor the spread: the symbol less its quote
     * asset is the base, and ask − bid is exact in BigDecimal.
     */
    public MarketPrice {
        if (baseAsset == null && quoteAsset != null) {
            baseAsset = symbol.substring(0, symbol.length() - quoteAsset.length());
        }
        spread = spread != null ? spread : ask.subtract(bid);
    }
}
