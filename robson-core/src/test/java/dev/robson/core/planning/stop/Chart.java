package dev.robson.core.planning.stop;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-built 15 m chart: a flat background (low B, high B + r, open = close = B) with dips
 * whose lows are set one by one. A flat run of equal lows holds no swing, so the only swing lows
 * are the dips; and since every candle opens and closes at B, a candle's true range is r for the
 * background and B + r − D for a dip, which keeps the ATR easy to work out by hand.
 */
public final class Chart {

    public static final CandleInterval M15 = CandleInterval.FIFTEEN_MINUTES;
    public static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    public static final Duration STEP = M15.length();

    private final BigDecimal background;
    private final BigDecimal range;
    private final BigDecimal[] lows;

    private Chart(int count, BigDecimal background, BigDecimal range) {
        this.background = background;
        this.range = range;
        this.lows = new BigDecimal[count];
        Arrays.fill(lows, background);
    }

    /** The default test chart: 100 candles at B = 90,100 with a range of 600 (ATR 600). */
    public static Chart standard() {
        return background(100, "90100", "600");
    }

    public static Chart background(int count, String low, String range) {
        return new Chart(count, new BigDecimal(low), new BigDecimal(range));
    }

    public Chart dip(int index, String low) {
        lows[index] = new BigDecimal(low);
        return this;
    }

    /** Open time of candle {@code index}. */
    public static Instant openOf(int index) {
        return START.plus(STEP.multipliedBy(index));
    }

    /** When the newest candle closed. */
    public Instant lastClose() {
        return openOf(lows.length);
    }

    /** A minute after the newest candle closed: the normal moment to plan. */
    public Instant now() {
        return lastClose().plus(Duration.ofMinutes(1));
    }

    public List<Candle> candles() {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < lows.length; i++) {
            candles.add(candle(openOf(i), lows[i], true));
        }
        return candles;
    }

    /** A candle at B with the given low, as the exchange sends it (close time one ms early). */
    public Candle candle(Instant openTime, BigDecimal low, boolean closed) {
        Price b = Price.of(background);
        return new Candle(
                openTime,
                openTime.plus(STEP).minusMillis(1),
                b,
                Price.of(background.add(range)),
                Price.of(low),
                b,
                BigDecimal.ONE,
                closed);
    }
}
