package dev.robson.core.planning.stop;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * How the technical stop is looked for. Percentages are percent of the entry reference E
 * ({@code 0.5} means 0.5 %), so a strategy row can store them as the trader reads them.
 *
 * @param supportLevel              N: the support counted from E the stop goes under (2 = second)
 * @param lookback                  how many closed candles are read, exactly
 * @param clusterTolerancePercent   swing lows this close to a cluster's running mean are one level
 * @param minDistancePercent        a stop nearer E than this is noise, not a stop
 * @param maxDistancePercent        a stop farther than this risks too much price for one trade
 * @param atrPeriod                 candles averaged by the ATR used when no support qualifies
 * @param atrMultiple               the ATR fallback stop sits this many ATRs below E
 * @param maxStaleness              the newest closed candle may have closed at most this long ago
 */
public record StopFinderParameters(
        int supportLevel,
        int lookback,
        BigDecimal clusterTolerancePercent,
        BigDecimal minDistancePercent,
        BigDecimal maxDistancePercent,
        int atrPeriod,
        BigDecimal atrMultiple,
        Duration maxStaleness) {

    /** Swing detection needs two candles on each side of the candle it judges. */
    private static final int SWING_WINDOW = 5;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final StopFinderParameters DEFAULTS = new StopFinderParameters(
            2,
            100,
            new BigDecimal("0.5"),
            new BigDecimal("0.1"),
            new BigDecimal("10"),
            14,
            new BigDecimal("1.5"),
            Duration.ofMinutes(30));

    public StopFinderParameters {
        Objects.requireNonNull(clusterTolerancePercent, "clusterTolerancePercent");
        Objects.requireNonNull(minDistancePercent, "minDistancePercent");
        Objects.requireNonNull(maxDistancePercent, "maxDistancePercent");
        Objects.requireNonNull(atrMultiple, "atrMultiple");
        Objects.requireNonNull(maxStaleness, "maxStaleness");
        if (supportLevel < 1) {
            throw new IllegalArgumentException("support level must be 1 or more, got " + supportLevel);
        }
        if (atrPeriod < 1) {
            throw new IllegalArgumentException("ATR period must be 1 or more, got " + atrPeriod);
        }
        // The ATR's first true range needs the close before it.
        if (lookback < SWING_WINDOW || lookback <= atrPeriod) {
            throw new IllegalArgumentException("lookback " + lookback + " must be at least " + SWING_WINDOW
                    + " candles and more than the ATR period " + atrPeriod);
        }
        if (clusterTolerancePercent.signum() < 0 || minDistancePercent.signum() < 0) {
            throw new IllegalArgumentException("cluster tolerance and minimum distance must not be negative");
        }
        // Below 100 % so that every stop in bounds is a positive price.
        if (maxDistancePercent.compareTo(minDistancePercent) <= 0 || maxDistancePercent.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("maximum distance must be above the minimum and below 100 %, got "
                    + maxDistancePercent.toPlainString());
        }
        if (atrMultiple.signum() <= 0) {
            throw new IllegalArgumentException("ATR multiple must be positive, got " + atrMultiple.toPlainString());
        }
        if (maxStaleness.isNegative() || maxStaleness.isZero()) {
            throw new IllegalArgumentException("maximum staleness must be positive, got " + maxStaleness);
        }
    }
}
