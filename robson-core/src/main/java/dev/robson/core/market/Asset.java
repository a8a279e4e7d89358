package dev.robson.core.market;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** A coin or token as Binance names it, e.g. BTC or USDC. */
public record Asset(String code) {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9]{2,12}$");

    // Pegged to the dollar, so amounts in them read like cents rather than satoshis. The one
    // list: the server publishes it to the web and the CLI (GET /api/market/display-rules/).
    private static final Set<String> USD_STABLECOINS =
            Set.of("USDT", "USDC", "FDUSD", "BUSD", "TUSD", "USDP", "DAI", "USD1", "PYUSD");

    private static final int CENT_SCALE = 2;
    private static final int CRYPTO_AMOUNT_SCALE = 8;

    public Asset {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "asset code must be 2 to 12 upper-case letters or digits, got '" + code + "'");
        }
    }

    public static Asset of(String code) {
        return new Asset(code);
    }

    /** The codes of every asset pegged to the dollar, in alphabetical order. */
    public static SortedSet<String> usdStablecoins() {
        return new TreeSet<>(USD_STABLECOINS);
    }

    public boolean isUsdStablecoin() {
        return USD_STABLECOINS.contains(code);
    }

    /** Decimals used to show an amount quoted in this asset. */
    public int amountScale() {
        return isUsdStablecoin() ? CENT_SCALE : CRYPTO_AMOUNT_SCALE;
    }

    @Override
    public String toString() {
        return code;
    }
}
