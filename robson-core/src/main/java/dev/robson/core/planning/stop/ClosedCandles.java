package dev.robson.core.planning.stop;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The data check: exactly the last {@code lookback} closed candles, evenly spaced, fresh. A stop
 * drawn from a chart with a hole or from an old chart would be a guess, so any of these refuses.
 */
final class ClosedCandles {

    private ClosedCandles() {}

    /** The candles to read, oldest first, or why there are none. */
    static Window select(
            List<Candle> candles, CandleInterval interval, Instant now, int lookback, Duration maxStaleness) {
        Duration length = interval.length();
        // The forming candle's low can still fall: judged by the clock, not only by the flag.
        List<Candle> closed = candles.stream()
                .filter(candle ->
                        candle.closed() && !candle.openTime().plus(length).isAfter(now))
                .sorted(Comparator.comparing(Candle::openTime))
                .toList();
        if (closed.size() < lookback) {
            return new Refused(new DataUnavailable(
                    DataUnavailable.Problem.TOO_FEW_CANDLES,
                    "need " + lookback + " closed " + interval.code() + " candles, got " + closed.size()));
        }
        List<Candle> window = closed.subList(closed.size() - lookback, closed.size());
        for (int i = 1; i < window.size(); i++) {
            Instant previous = window.get(i - 1).openTime();
            Instant current = window.get(i).openTime();
            if (!previous.plus(length).equals(current)) {
                return new Refused(new DataUnavailable(
                        DataUnavailable.Problem.GAPPED,
                        "candles are not evenly spaced: " + previous + " is followed by " + current));
            }
        }
        // Age counts from the moment the newest candle closed.
        Instant newestClose = window.getLast().openTime().plus(length);
        Duration age = Duration.between(newestClose, now);
        if (age.compareTo(maxStaleness) > 0) {
            return new Refused(new DataUnavailable(
                    DataUnavailable.Problem.STALE,
                    "the newest closed candle closed at " + newestClose + ", " + age.toMinutes() + " min ago; at most "
                            + maxStaleness.toMinutes() + " min is accepted"));
        }
        return new Usable(List.copyOf(window));
    }

    sealed interface Window permits Usable, Refused {}

    record Usable(List<Candle> candles) implements Window {}

    record Refused(DataUnavailable reason) implements Window {}
}
