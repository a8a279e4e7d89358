package dev.robson.core.planning.stop;

import dev.robson.core.market.Candle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * ATR as the simple mean of the last {@code period} true ranges. Simple rather than Wilder's
 * smoothing so that the value depends on those candles only and a test can work it out by hand.
 */
final class AverageTrueRange {

    /** Far below any tick Binance uses, so the mean loses nothing a stop could show. */
    static final int SCALE = 10;

    private AverageTrueRange() {}

    /** {@code candles} oldest first, with at least {@code period + 1} of them. */
    static BigDecimal of(List<Candle> candles, int period) {
        if (candles.size() <= period) {
            throw new IllegalArgumentException("ATR(" + period + ") needs " + (period + 1) + " candles");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = candles.size() - period; i < candles.size(); i++) {
            sum = sum.add(trueRange(candles.get(i), candles.get(i - 1)));
        }
        return sum.divide(BigDecimal.valueOf(period), SCALE, RoundingMode.HALF_EVEN);
    }

    /** The bar's range widened to include a gap from the previous close. */
    static BigDecimal trueRange(Candle candle, Candle previous) {
        BigDecimal high = candle.high().value();
        BigDecimal low = candle.low().value();
        BigDecimal previousClose = previous.close().value();
        return high.subtract(low)
                .max(high.subtract(previousClose).abs())
                .max(low.subtract(previousClose).abs());
    }
}
