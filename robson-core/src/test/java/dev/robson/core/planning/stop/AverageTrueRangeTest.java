package dev.robson.core.planning.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Candle;
import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AverageTrueRangeTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private static Candle bar(int index, String open, String high, String low, String close) {
        Instant openTime = T0.plus(Duration.ofMinutes(15L * index));
        return new Candle(
                openTime,
                openTime.plus(Duration.ofMinutes(15)),
                Price.of(open),
                Price.of(high),
                Price.of(low),
                Price.of(close),
                BigDecimal.ONE,
                true);
    }

    @Test
    void meansTheTrueRangesOfTheLastCandlesOnly() {
        List<Candle> candles = List.of(
                // Before the window: its range (1,000) is not counted, only its close 100.
                bar(0, "100", "1100", "100", "100"),
                // Range 5, but the gap up from 100 makes it |110 − 100| = 10.
                bar(1, "106", "110", "105", "107"),
                // Range 4, but the gap down from 107 makes it |107 − 99| = 8.
                bar(2, "100", "103", "99", "101"),
                // Range 6 within it; |108 − 101| = 7 and |102 − 101| = 1: 7.
                bar(3, "103", "108", "102", "104"));

        // (10 + 8 + 7) / 3 = 8.3333333333 at ten decimals.
        assertThat(AverageTrueRange.of(candles, 3)).isEqualByComparingTo("8.3333333333");
    }

    @Test
    void needsOneCandleMoreThanThePeriod() {
        List<Candle> candles = List.of(bar(0, "100", "101", "99", "100"), bar(1, "100", "101", "99", "100"));

        assertThatThrownBy(() -> AverageTrueRange.of(candles, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
