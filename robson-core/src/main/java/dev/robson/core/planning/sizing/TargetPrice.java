package dev.robson.core.planning.sizing;

import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The take-profit: {@code reward multiple} times the stop distance above the entry, floored to
 * the tick so the target never promises more than the multiple. The plan shows it from E as an
 * estimate; the operation gets it from the actual fill average.
 */
public final class TargetPrice {

    private TargetPrice() {}

    public static Price of(Price entry, Price stopLoss, BigDecimal rewardMultiple, BigDecimal tickSize) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(stopLoss, "stopLoss");
        Objects.requireNonNull(rewardMultiple, "rewardMultiple");
        Objects.requireNonNull(tickSize, "tickSize");
        if (stopLoss.compareTo(entry) >= 0) {
            throw new IllegalArgumentException("a LONG's stop " + stopLoss + " must be below its entry " + entry);
        }
        if (rewardMultiple.signum() <= 0 || tickSize.signum() <= 0) {
            throw new IllegalArgumentException("reward multiple and tick size must be positive");
        }
        BigDecimal distance = entry.value().subtract(stopLoss.value());
        BigDecimal target = entry.value().add(rewardMultiple.multiply(distance));
        return Price.of(Increments.floor(target, tickSize));
    }
}
