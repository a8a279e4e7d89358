package dev.robson.core.market;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Binance's kline intervals with a fixed length. The calendar month ({@code 1M}) is left out:
 * its length varies, and a monitoring chart never needs it.
 */
public enum CandleInterval {
    ONE_MINUTE("1m", Duration.ofMinutes(1)),
    THREE_MINUTES("3m", Duration.ofMinutes(3)),
    FIVE_MINUTES("5m", Duration.ofMinutes(5)),
    FIFTEEN_MINUTES("15m", Duration.ofMinutes(15)),
    THIRTY_MINUTES("30m", Duration.ofMinutes(30)),
    ONE_HOUR("1h", Duration.ofHours(1)),
    TWO_HOURS("2h", Duration.ofHours(2)),
    FOUR_HOURS("4h", Duration.ofHours(4)),
    SIX_HOURS("6h", Duration.ofHours(6)),
    EIGHT_HOURS("8h", Duration.ofHours(8)),
    TWELVE_HOURS("12h", Duration.ofHours(12)),
    ONE_DAY("1d", Duration.ofDays(1)),
    THREE_DAYS("3d", Duration.ofDays(3)),
    ONE_WEEK("1w", Duration.ofDays(7));

    /** Binance's weeks open on Monday 00:00 UTC; the epoch fell on a Thursday. */
    private static final long WEEK_ALIGNMENT_SECONDS = Duration.ofDays(4).toSeconds();

    private final String code;
    private final Duration length;

    CandleInterval(String code, Duration length) {
        this.code = code;
        this.length = length;
    }

    public String code() {
        return code;
    }

    public Duration length() {
        return length;
    }

    public static Optional<CandleInterval> fromCode(String code) {
        return Arrays.stream(values())
                .filter(interval -> interval.code.equals(code))
                .findFirst();
    }

    /** The open time of the candle that contains {@code instant}. */
    public Instant openOf(Instant instant) {
        long seconds = length.toSeconds();
        long offset = this == ONE_WEEK ? WEEK_ALIGNMENT_SECONDS : 0;
        long epoch = instant.getEpochSecond() - offset;
        return Instant.ofEpochSecond(Math.floorDiv(epoch, seconds) * seconds + offset);
    }
}
