package dev.robson.server.planning;

import java.math.BigDecimal;

/** How planning shows an amount it computed exactly: every digit, no padding, never in exponent form. */
final class Amounts {

    private Amounts() {}

    /** {@code 9.996404616000} → {@code 9.996404616}; {@code 1E+1} → {@code 10}. */
    static BigDecimal exact(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
