package dev.robson.core.planning;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A made-up but chart-like series of closed candles for tests and the demo market: an up-trend
 * of impulse legs and pullbacks, so higher lows (supports) form below the last price, with noisy
 * bodies and wicks in between. Deterministic: one seed, one series, on every machine
 * ({@link Random}'s algorithm is fixed by its specification).
 *
 * <p>Prices move in whole cents and are computed in integers, so the series is exact; it is
 * quoted with a 0.01 tick, as BTC pairs are.
 */
public final class SwingCandles {

    private static final int BPS = 10_000;
    private static final int CENT_SCALE = 2;
    private static final int VOLUME_SCALE = 5;

    private final Random random;
    private long price;

    private SwingCandles(long seed, Price start) {
        this.random = new Random(seed);
        this.price = Objects.requireNonNull(start, "start")
                .value()
                .movePointRight(CENT_SCALE)
                .longValueExact();
    }

    /**
     * {@code count} closed 15 m candles, the newest having closed at the last 15 m boundary at or
     * before {@code now}: what the exchange would answer for a chart read at {@code now}.
     */
    public static List<Candle> closedBefore(Instant now, int count, Price start, long seed) {
        CandleInterval interval = CandleInterval.FIFTEEN_MINUTES;
        Instant lastOpen = interval.openOf(now).minus(interval.length());
        Instant firstOpen = lastOpen.minus(interval.length().multipliedBy(count - 1L));
        return from(firstOpen, interval, count, start, seed);
    }

    /** {@code count} closed candles of {@code interval} from {@code firstOpen}, opening at {@code start}. */
    public static List<Candle> from(Instant firstOpen, CandleInterval interval, int count, Price start, long seed) {
        Objects.requireNonNull(firstOpen, "firstOpen");
        Objects.requireNonNull(interval, "interval");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, got " + count);
        }
        return new SwingCandles(seed, start).walk(firstOpen, interval.length(), count);
    }

    private List<Candle> walk(Instant firstOpen, Duration length, int count) {
        List<Candle> candles = new ArrayList<>(count);
        boolean up = true;
        while (candles.size() < count) {
            // Impulses of 1.0–2.2 % over 4–9 candles, pullbacks of 0.5–1.2 % over 3–6: the trend
            // climbs about 0.75 % a swing, so each pullback's low sits above the one before.
            int legLength = up ? between(4, 9) : between(3, 6);
            long legMove = percentOfPrice(up ? between(80, 160) : -between(50, 110));
            for (int i = 0; i < legLength && candles.size() < count; i++) {
                boolean turning = !up && i == legLength - 1;
                Instant openTime = firstOpen.plus(length.multipliedBy(candles.size()));
                candles.add(candle(openTime, length, legMove / legLength, turning));
            }
            up = !up;
        }
        return candles;
    }

    /**
     * One candle moving about {@code step} cents; the last candle of a pullback gets a longer lower
     * wick, the probe buyers answered, which makes it the swing low.
     */
    private Candle candle(Instant openTime, Duration length, long step, boolean turning) {
        long open = price;
        long noise = Math.abs(step) * between(-60, 60) / 100;
        long close = Math.max(1, open + step + noise);
        long wick = percentOfPrice(between(2, 12));
        long high = Math.max(open, close) + random.nextLong(wick + 1);
        long low = Math.min(open, close) - random.nextLong(wick + 1) - (turning ? wick : 0);
        price = close;
        return new Candle(
                openTime,
                openTime.plus(length).minusMillis(1),
                cents(open),
                cents(high),
                cents(Math.max(1, low)),
                cents(close),
                BigDecimal.valueOf(between(5_000_000, 60_000_000), VOLUME_SCALE),
                true);
    }

    private long percentOfPrice(int basisPoints) {
        return price * basisPoints / BPS;
    }

    private int between(int lowest, int highest) {
        return lowest + random.nextInt(highest - lowest + 1);
    }

    private static Price cents(long amount) {
        return Price.of(BigDecimal.valueOf(amount, CENT_SCALE));
    }
}
