package dev.robson.core.planning.stop;

import dev.robson.core.market.Candle;
import dev.robson.core.market.Price;
import java.util.ArrayList;
import java.util.List;

/**
 * Swing lows: a low strictly below the lows of the two candles on each side. Two equal adjacent
 * lows are one swing (two bottoms on one price) when the pair is strictly below the two
 * candles before and the two after; three or more equal lows are a flat shelf, not a swing, which
 * the strict comparisons reject by themselves.
 */
final class SwingLows {

    private static final int SIDE = 2;

    private SwingLows() {}

    static List<SwingLow> in(List<Candle> candles) {
        List<Price> lows = candles.stream().map(Candle::low).toList();
        List<SwingLow> swings = new ArrayList<>();
        for (int i = SIDE; i + SIDE < lows.size(); i++) {
            if (isSingleSwing(lows, i)) {
                swings.add(new SwingLow(lows.get(i), candles.get(i).openTime()));
            } else if (i + 1 + SIDE < lows.size() && isPairSwing(lows, i)) {
                swings.add(new SwingLow(lows.get(i), candles.get(i + 1).openTime()));
            }
        }
        return swings;
    }

    private static boolean isSingleSwing(List<Price> lows, int i) {
        return strictlyBelowAround(lows, lows.get(i), i - SIDE, i + 1);
    }

    /** Candles i and i+1 share the low. */
    private static boolean isPairSwing(List<Price> lows, int i) {
        return lows.get(i).compareTo(lows.get(i + 1)) == 0 && strictlyBelowAround(lows, lows.get(i), i - SIDE, i + 2);
    }

    /** Whether {@code low} is strictly below the two lows from {@code before} and the two from {@code after}. */
    private static boolean strictlyBelowAround(List<Price> lows, Price low, int before, int after) {
        for (int k = 0; k < SIDE; k++) {
            if (low.compareTo(lows.get(before + k)) >= 0 || low.compareTo(lows.get(after + k)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
