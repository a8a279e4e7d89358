package dev.robson.core.market;

import java.math.BigDecimal;
import java.util.Objects;

/** A strictly positive price. Canonical scale, so 1.50 and 1.5 are the same price. */
public record Price(BigDecimal value) implements Comparable<Price> {

    public Price {
        value = PositiveDecimal.canonical("price", value);
    }

    public static Price of(String value) {
        return new Price(PositiveDecimal.parse("price", value));
    }

    public static Price of(BigDecimal value) {
        return new Price(value);
    }

    @Override
    public int compareTo(Price other) {
        return value.compareTo(Objects.requireNonNull(other, "other").value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
