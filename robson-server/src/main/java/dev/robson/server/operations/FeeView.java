package dev.robson.server.operations;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Fee;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fees charged in one asset, as the exchange charged them and valued in the quote asset: a
 * BNB commission shows as BNB, not only as its USDC worth.
 *
 * @param asset      the asset charged (the base, the quote, BNB, …)
 * @param amount     the total charged in {@code asset}, exactly as the exchange reported it
 * @param quoteValue its value in the operation's quote asset, rounded as money; null when part
 *                   of it could not be valued (no market priced that asset)
 */
public record FeeView(
        String asset, BigDecimal amount, @Nullable BigDecimal quoteValue) {

    static List<FeeView> of(Symbol symbol, List<Fee> byAsset) {
        return byAsset.stream()
                .map(fee -> new FeeView(
                        fee.asset(),
                        exactly(fee.amount()),
                        fee.inQuote() == null ? null : symbol.roundQuoteAmount(fee.inQuote())))
                .toList();
    }

    private static BigDecimal exactly(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
