package dev.robson.server.planning;

import dev.robson.core.market.Asset;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How planning shows what it computed exactly. Money is rounded once, at output, the way the
 * rest of the API rounds an amount of a quote asset (positions, totals, balances): to the
 * asset's display scale, half up. Rates and a strategy's parameters are shown with every digit.
 */
final class Amounts {

    private Amounts() {}

    /** {@code 9.996404616} USDC → {@code 10.00}; {@code 30.003595384} USDC → {@code 30.00}. */
    static BigDecimal money(BigDecimal amount, String quoteAsset) {
        return amount.setScale(new Asset(quoteAsset).amountScale(), RoundingMode.HALF_UP);
    }

    /** {@code 9.996404616000} → {@code 9.996404616}; {@code 1E+1} → {@code 10}. */
    static BigDecimal exact(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
