package dev.robson.core.market;

import java.math.BigDecimal;
import java.util.Objects;

/** A strictly positive amount of the base asset. Canonical scale, like {@link Price}. */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {

    public Quantity {
        value = PositiveDecimal.canonical("quantity", value);
    }

    public static Quantity of(String value) {
        return new Quantity(PositiveDecimal.parse("quantity", value));
    }

    public static Quantity of(BigDecimal value) {
        return new Quantity(value);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value.add(Objects.requireNonNull(other, "other").value));
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(Objects.requireNonNull(other, "other").value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
