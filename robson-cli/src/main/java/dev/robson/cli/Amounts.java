package dev.robson.cli;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Set;

/**
 * How amounts, prices and percentages read on screen. Formatting only, never arithmetic:
 * the server already rounded each value to its precision, and the digits shown are exactly
 * the digits it sent (scale kept, thousands grouped, no exponent). Which quote assets read as
 * dollars is the server's to say ({@code GET /api/market/display-rules/}): an instance holds
 * what it published.
 */
final class Amounts {

    private final Set<String> usdQuoteAssets;

    /** @param usdQuoteAssets the quote assets shown with a dollar sign, as the server published them */
    Amounts(Set<String> usdQuoteAssets) {
        this.usdQuoteAssets = Set.copyOf(usdQuoteAssets);
    }

    /** {@code 89245.00} → {@code 89,245.00}; {@code -1234.5} → {@code -1,234.5}. */
    static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3);
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + out + fraction;
    }

    /** {@code $89,245.00} for a USD stablecoin, {@code 0.03370 BTC} otherwise; the sign only when negative. */
    String money(BigDecimal amount, String quoteAsset) {
        if (amount == null) {
            return "-";
        }
        String sign = amount.signum() < 0 ? "-" : "";
        return sign + unsignedMoney(amount.abs(), quoteAsset);
    }

    /** {@code +$0.13}, {@code -$0.59}, {@code $0.00}: P&L always shows its direction. */
    String signedMoney(BigDecimal amount, String quoteAsset) {
        if (amount == null) {
            return "-";
        }
        return sign(amount) + unsignedMoney(amount.abs(), quoteAsset);
    }

    /** {@code 2.86%}. */
    static String percent(BigDecimal value) {
        return value == null ? "-" : grouped(value) + "%";
    }

    /** {@code +0.46%}, {@code -2.45%}. */
    static String signedPercent(BigDecimal value) {
        return value == null ? "-" : sign(value) + grouped(value.abs()) + "%";
    }

    /**
     * The quote asset an answer names, or for an answer without one (the seed's fields only) the
     * longest published dollar asset the symbol ends with; null when neither tells.
     */
    String quoteOf(String symbol, String quoteAsset) {
        if (quoteAsset != null || symbol == null) {
            return quoteAsset;
        }
        return usdQuoteAssets.stream()
                .filter(asset -> symbol.endsWith(asset) && symbol.length() > asset.length())
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
    }

    /** {@code BTCUSDC} with quote {@code USDC} → {@code BTC/USDC}; the symbol itself when it does not end so. */
    static String pair(String symbol, String quoteAsset) {
        if (quoteAsset != null && symbol.endsWith(quoteAsset) && symbol.length() > quoteAsset.length()) {
            return symbol.substring(0, symbol.length() - quoteAsset.length()) + "/" + quoteAsset;
        }
        return symbol;
    }

    /** The base asset of a symbol, for quantities ({@code 0.00033 BTC}); null when unknown. */
    static String base(String symbol, String quoteAsset) {
        String pair = pair(symbol, quoteAsset);
        int slash = pair.indexOf('/');
        return slash < 0 ? null : pair.substring(0, slash);
    }

    private String unsignedMoney(BigDecimal amount, String quoteAsset) {
        if (quoteAsset == null) {
            return grouped(amount);
        }
        return usdQuoteAssets.contains(quoteAsset) ? "$" + grouped(amount) : grouped(amount) + " " + quoteAsset;
    }

    private static String sign(BigDecimal value) {
        return switch (value.signum()) {
            case 1 -> "+";
            case -1 -> "-";
            default -> "";
        };
    }
}
