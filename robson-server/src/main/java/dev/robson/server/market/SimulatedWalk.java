package dev.robson.server.market;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * One symbol's simulated market: a random walk in whole ticks, one step per second, whose
 * trades are aggregated into one-minute bars. Quotes and candles come from the same ticks,
 * so the chart and the price ticker always agree.
 *
 * <p>Sized after BTC's December 2025 15-minute bars (close-to-close deviation ≈ 0.24 %; the
 * walk's is about 0.2 %): each second moves the price by up to ±0.8 basis points, drawn back
 * towards an anchor within about ten minutes; the price stays within ±1.9 % of the real level.
 *
 * <p>The anchor swings the way a chart does ({@link AnchorSwings}): rising lows, each a support
 * of its own, so a plan's stop finder reads levels off the simulated chart as off a real one;
 * a little noise on top, up to ±2 basis points a minute. The swings are played ahead so that
 * the market starts, whenever that is, partway up a cycle with supports under the price.
 */
final class SimulatedWalk {

    private static final BigDecimal STEP_FRACTION = new BigDecimal("0.00008");
    private static final BigDecimal ANCHOR_STEP_FRACTION = new BigDecimal("0.0001");
    private static final BigDecimal ANCHOR_RANGE_FRACTION = new BigDecimal("0.0175");
    /**
     * The price never leaves ±1.9 % of the real level: the demo's Operation #1 has its stop
     * 2.2 % below and its target 3.8 % above, and a demo must not close it by itself.
     */
    private static final BigDecimal PRICE_RANGE_FRACTION = new BigDecimal("0.019");

    private static final BigDecimal SPREAD_FRACTION = new BigDecimal("0.00001");
    /** Traded notional per second, in the quote asset, for the volume column. */
    private static final BigDecimal USD_NOTIONAL_PER_SECOND = new BigDecimal("10000");

    private static final BigDecimal OTHER_NOTIONAL_PER_SECOND = new BigDecimal("0.1");
    /** Seconds for the price to close most of its gap to the anchor: close enough to draw its swings. */
    private static final long PRICE_REVERSION_SECONDS = 600;

    private final Symbol symbol;
    private final long historySeconds;
    private final long baseTicks;
    private final long maxStepTicks;
    private final long maxAnchorStepTicks;
    private final long anchorRangeTicks;
    private final long priceRangeTicks;
    private final long maxSpreadTicks;
    private final long maxVolumeSteps;
    private final Random random;
    /** From their own sequence: the swing a market is in depends on the minutes played, not on the second it started. */
    private final AnchorSwings swings;

    private final ArrayDeque<MinuteBar> bars = new ArrayDeque<>();

    private long anchorTicks;
    /** Where the anchor's current leg ends, and in how many minutes. */
    private long legTargetTicks;

    private long legMinutesLeft;
    private long midTicks;
    /** The part of the pull towards the anchor not yet a whole tick, in 1/1800 ticks. */
    private long pullRemainder;

    private long spreadTicks = 1;
    private long lastTradeTicks;
    private long second = Long.MIN_VALUE;

    SimulatedWalk(Symbol symbol, BigDecimal level, long seed, long historySeconds) {
        this.symbol = symbol;
        this.historySeconds = historySeconds;
        this.baseTicks = ticks(level);
        this.maxStepTicks = Math.max(1, ticks(level.multiply(STEP_FRACTION)));
        this.maxAnchorStepTicks = Math.max(1, ticks(level.multiply(ANCHOR_STEP_FRACTION)));
        this.anchorRangeTicks = Math.max(1, ticks(level.multiply(ANCHOR_RANGE_FRACTION)));
        this.priceRangeTicks = Math.max(1, ticks(level.multiply(PRICE_RANGE_FRACTION)));
        this.maxSpreadTicks = Math.max(1, ticks(level.multiply(SPREAD_FRACTION)));
        BigDecimal notional = symbol.quote().isUsdStablecoin() ? USD_NOTIONAL_PER_SECOND : OTHER_NOTIONAL_PER_SECOND;
        this.maxVolumeSteps = Math.max(
                1,
                notional.multiply(BigDecimal.TWO)
                        .divide(level.multiply(symbol.stepSize()), 0, RoundingMode.HALF_UP)
                        .longValue());
        this.random = new Random(seed ^ symbol.name().hashCode());
        long swingSeed = ~seed ^ symbol.name().hashCode();
        this.swings = new AnchorSwings(swingSeed);
        this.anchorTicks = baseTicks;
        for (long minute = AnchorSwings.lead(swingSeed, historySeconds / 60); minute > 0; minute--) {
            moveAnchor();
        }
        this.midTicks = anchorTicks;
        this.lastTradeTicks = anchorTicks;
    }

    /** Plays the market forward to {@code now}; the first call also plays the history window. */
    synchronized void advanceTo(Instant now) {
        long target = now.getEpochSecond();
        if (second == Long.MIN_VALUE || target - second > historySeconds) {
            second = target - historySeconds;
            bars.clear();
        }
        while (second < target) {
            second++;
            step();
        }
    }

    synchronized Quote quote() {
        return new Quote(
                symbol.name(),
                price(midTicks),
                price(midTicks + spreadTicks),
                price(lastTradeTicks),
                Instant.ofEpochSecond(second));
    }

    synchronized List<Candle> candles(CandleInterval interval, Instant from, Instant to) {
        List<Candle> candles = new ArrayList<>();
        CandleBuilder forming = null;
        for (MinuteBar bar : bars) {
            Instant open = interval.openOf(bar.openTime);
            if (open.isBefore(from) || open.isAfter(to)) {
                continue;
            }
            if (forming != null && !forming.openTime.equals(open)) {
                candles.add(forming.build(true));
                forming = null;
            }
            if (forming == null) {
                forming = new CandleBuilder(open, open.plus(interval.length()), bar);
            } else {
                forming.add(bar);
            }
        }
        if (forming != null) {
            boolean closed = !forming.closeTime.isAfter(Instant.ofEpochSecond(second + 1));
            candles.add(forming.build(closed));
        }
        return candles;
    }

    private void step() {
        if (second % 60 == 0) {
            moveAnchor();
        }
        // The pull towards the anchor, a 1/1800 of the gap a second, carried over in whole ticks:
        // a symbol of few ticks (ETH at 0.01) would otherwise round its pull to nothing.
        pullRemainder += anchorTicks - midTicks;
        long pull = pullRemainder / PRICE_REVERSION_SECONDS;
        pullRemainder -= pull * PRICE_REVERSION_SECONDS;
        midTicks = Math.clamp(
                midTicks + pull + random.nextLong(-maxStepTicks, maxStepTicks + 1),
                Math.max(1, baseTicks - priceRangeTicks),
                baseTicks + priceRangeTicks);
        spreadTicks = 1 + random.nextLong(maxSpreadTicks);
        // The last trade printed at one side of the book or the other.
        lastTradeTicks = random.nextBoolean() ? midTicks : midTicks + spreadTicks;
        record(lastTradeTicks, random.nextLong(maxVolumeSteps + 1));
    }

    private void moveAnchor() {
        if (legMinutesLeft <= 0) {
            AnchorSwings.Leg leg = swings.next();
            legTargetTicks = baseTicks + baseTicks * leg.endBps() / 10_000;
            legMinutesLeft = leg.minutes();
        }
        anchorTicks += (legTargetTicks - anchorTicks) / legMinutesLeft
                + random.nextLong(-maxAnchorStepTicks, maxAnchorStepTicks + 1);
        anchorTicks = Math.clamp(anchorTicks, baseTicks - anchorRangeTicks, baseTicks + anchorRangeTicks);
        legMinutesLeft--;
    }

    private void record(long tradeTicks, long volumeSteps) {
        Instant minute = Instant.ofEpochSecond(Math.floorDiv(second, 60) * 60);
        MinuteBar current = bars.peekLast();
        if (current == null || !current.openTime.equals(minute)) {
            current = new MinuteBar(minute, tradeTicks);
            bars.addLast(current);
            prune(minute);
        }
        current.trade(tradeTicks, volumeSteps);
    }

    private void prune(Instant newest) {
        Instant oldest = newest.minusSeconds(historySeconds);
        Iterator<MinuteBar> iterator = bars.iterator();
        while (iterator.hasNext() && iterator.next().openTime.isBefore(oldest)) {
            iterator.remove();
        }
    }

    private long ticks(BigDecimal amount) {
        return amount.divide(symbol.tickSize(), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private Price price(long ticks) {
        return Price.of(symbol.tickSize().multiply(BigDecimal.valueOf(ticks)));
    }

    /** One minute of trades, in ticks and step units so it stays exact and compact. */
    private static final class MinuteBar {
        final Instant openTime;
        final long open;
        long high;
        long low;
        long close;
        long volumeSteps;

        MinuteBar(Instant openTime, long open) {
            this.openTime = openTime;
            this.open = open;
            this.high = open;
            this.low = open;
            this.close = open;
        }

        void trade(long ticks, long volume) {
            high = Math.max(high, ticks);
            low = Math.min(low, ticks);
            close = ticks;
            volumeSteps += volume;
        }
    }

    /** Minute bars merged into one candle of a longer interval. */
    private final class CandleBuilder {
        final Instant openTime;
        final Instant closeTime;
        final long open;
        long high;
        long low;
        long close;
        long volumeSteps;

        CandleBuilder(Instant openTime, Instant closeTime, MinuteBar first) {
            this.openTime = openTime;
            this.closeTime = closeTime;
            this.open = first.open;
            this.high = first.high;
            this.low = first.low;
            this.close = first.close;
            this.volumeSteps = first.volumeSteps;
        }

        void add(MinuteBar bar) {
            high = Math.max(high, bar.high);
            low = Math.min(low, bar.low);
            close = bar.close;
            volumeSteps += bar.volumeSteps;
        }

        Candle build(boolean closed) {
            return new Candle(
                    openTime,
                    closeTime,
                    price(open),
                    price(high),
                    price(low),
                    price(close),
                    symbol.stepSize().multiply(BigDecimal.valueOf(volumeSteps)),
                    closed);
        }
    }
}
