package dev.robson.core.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One OHLCV bar. {@code closed} is false for the bar still forming: its close is the latest
 * trade, and its high, low and volume can still change.
 */
public record Candle(
        Instant openTime,
        Instant closeTime,
        Price open,
        Price high,
        Price low,
        Price close,
        BigDecimal volume,
        boolean closed) {

    public Candle {
        Objects.requireNonNull(openTime, "openTime");
        Objects.requireNonNull(closeTime, "closeTime");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
        if (!closeTime.isAfter(openTime)) {
            throw new IllegalArgumentException("a candle closes after it opens");
        }
        if (high.compareTo(low) < 0
                || high.compareTo(open) < 0
                || high.compareTo(close) < 0
                || low.compareTo(open) > 0
                || low.compareTo(close) > 0) {
            throw new IllegalArgumentException("high and low must bound open and close");
        }
        if (volume.signum() < 0) {
            throw new IllegalArgumentException("volume cannot be negative");
        }
    }
}
