package dev.robson.core.planning.sizing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding onto an exchange grid (tick or step), by whole increments, so any increment works. */
final class Increments {

    private Increments() {}

    static BigDecimal floor(BigDecimal value, BigDecimal increment) {
        return value.divide(increment, 0, RoundingMode.FLOOR).multiply(increment);
    }

    static BigDecimal ceil(BigDecimal value, BigDecimal increment) {
        return value.divide(increment, 0, RoundingMode.CEILING).multiply(increment);
    }
}
