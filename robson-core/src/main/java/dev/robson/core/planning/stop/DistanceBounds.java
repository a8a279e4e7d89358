package dev.robson.core.planning.stop;

import java.math.BigDecimal;

/** The 0.1 %–10 % band below E a stop must fall in; both ends inclusive. */
final class DistanceBounds {

    private final BigDecimal entry;
    private final BigDecimal minDistance;
    private final BigDecimal maxDistance;

    DistanceBounds(BigDecimal entry, StopFinderParameters parameters) {
        this.entry = entry;
        this.minDistance = percentOf(entry, parameters.minDistancePercent());
        this.maxDistance = percentOf(entry, parameters.maxDistancePercent());
    }

    /** Exact: a percentage of a price needs no division, only a decimal shift. */
    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2);
    }

    /** Why {@code stop} is out of bounds, or null when it is in. */
    SkippedLevel.Reason violation(BigDecimal stop) {
        BigDecimal distance = entry.subtract(stop);
        if (distance.compareTo(minDistance) < 0) {
            return SkippedLevel.Reason.BELOW_MIN;
        }
        return distance.compareTo(maxDistance) > 0 ? SkippedLevel.Reason.ABOVE_MAX : null;
    }
}
