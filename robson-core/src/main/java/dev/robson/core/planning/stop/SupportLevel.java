package dev.robson.core.planning.stop;

import dev.robson.core.market.Price;
import java.time.Instant;
import java.util.Objects;

/**
 * One support: a cluster of swing lows.
 *
 * @param rank          1 for the support nearest E, 2 for the next deeper one, …
 * @param price         the cluster's deepest low: a stop at the mean would sit inside the zone
 * @param members       how many swing lows formed it
 * @param lastTouchTime open time of the most recent candle whose low formed it
 */
public record SupportLevel(int rank, Price price, int members, Instant lastTouchTime) {

    public SupportLevel {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(lastTouchTime, "lastTouchTime");
        if (rank < 1 || members < 1) {
            throw new IllegalArgumentException("a support level has a rank and at least one swing low");
        }
    }
}
