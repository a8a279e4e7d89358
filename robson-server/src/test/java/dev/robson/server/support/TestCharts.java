package dev.robson.server.support;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Charts whose supports are known by construction, so a plan's numbers can be worked out by
 * hand: {@value #CANDLES} closed 15-minute candles ending at the last close before the moment
 * of reading, every one alike (equal lows are no swing) except the dips placed on purpose.
 */
public final class TestCharts {

    /** More than the finder's lookback of 100, so it reads exactly the newest 100. */
    public static final int CANDLES = 150;

    private TestCharts() {}

    /**
     * Flat candles (open = close = {@code level}, high and low {@code halfRange} either side),
     * each dip a single candle whose low is lower: a swing low. True range of a flat candle:
     * 2 × halfRange, so the ATR is that while no dip is among the newest 15.
     *
     * @param dips low by position counted from the newest closed candle (1 = the newest)
     */
    public static Function<Instant, List<Candle>> flat(String level, String halfRange, Map<Integer, String> dips) {
        BigDecimal mid = new BigDecimal(level);
        BigDecimal half = new BigDecimal(halfRange);
        return now -> {
            CandleInterval interval = CandleInterval.FIFTEEN_MINUTES;
            Duration length = interval.length();
            Instant newestOpen = interval.openOf(now).minus(length);
            List<Candle> candles = new ArrayList<>();
            for (int fromEnd = CANDLES; fromEnd >= 1; fromEnd--) {
                Instant open = newestOpen.minus(length.multipliedBy(fromEnd - 1L));
                String dip = dips.get(fromEnd);
                BigDecimal low = dip == null ? mid.subtract(half) : new BigDecimal(dip);
                candles.add(new Candle(
                        open,
                        open.plus(length),
                        Price.of(mid),
                        Price.of(mid.add(half)),
                        Price.of(low),
                        Price.of(mid),
                        new BigDecimal("1.5"),
                        true));
            }
            return candles;
        };
    }

    /**
     * The chart the plan tests read on BTCUSDC: flat at 90050.00 ± 100.00 with a dip to
     * 89820.00 (30 candles back) and one to 89100.00 (60 back). Against an ask of 90000.00 the
     * supports are L1 = 89820.00 (0.2 % below) and L2 = 89100.00 (1 % below), 720 apart, more
     * than the 0.5 % × E = 450 that would cluster them; the stop goes under L2: X = 89100.00,
     * SWING_LEVEL_2, HIGH. ATR(14) = 200.00.
     */
    public static Function<Instant, List<Candle>> twoSupportsBelow90000() {
        return flat("90050.00", "100.00", Map.of(30, "89820.00", 60, "89100.00"));
    }
}
