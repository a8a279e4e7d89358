package dev.robson.cli.api;

import java.util.List;

/** For answers without a {@code quote_asset}: the common Binance quote assets, longest first. */
final class QuoteAssets {

    private static final List<String> KNOWN = List.of(
            "FDUSD", "PYUSD", "USDC", "USDT", "BUSD", "TUSD", "USDP", "USD1", "EUR", "TRY", "BTC", "ETH", "BNB", "DAI");

    private QuoteAssets() {}

    static String guess(String symbol) {
        return KNOWN.stream()
                .filter(quote -> symbol.endsWith(quote) && symbol.length() > quote.length())
                .findFirst()
                .orElse(null);
    }
}
