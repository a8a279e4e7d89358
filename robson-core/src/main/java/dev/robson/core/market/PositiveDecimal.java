package dev.robson.core.market;

import java.math.BigDecimal;

/**
 * Shared validation for the positive value types, so their equality ignores trailing zeros; the
 * symbol filters are written plainly by the same rule.
 */
final class PositiveDecimal {

    private PositiveDecimal() {}

    static BigDecimal parse(String what, String text) {
        if (text == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a decimal number", e);
        }
    }

    static BigDecimal canonical(String what, BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value.toPlainString());
        }
        return plain(value);
    }

    /** {@code value} without trailing zeros, written plainly: 0.01000000 becomes 0.01, 100 stays 100. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros turns 100 into 1E+2; a scale of 0 keeps toString plain.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
