package dev.robson.core.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Percentages are computed at full precision and rounded to two decimals only for display. */
final class Percent {

    static final int DISPLAY_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, MathContext.DECIMAL128).multiply(HUNDRED);
    }

    static BigDecimal forDisplay(BigDecimal percent) {
        return percent.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }
}
