package dev.robson.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandleIntervalTest {

    @Test
    void whenCodeIsBinancesThenTheIntervalIsFoundAndMonthIsNot() {
        assertThat(CandleInterval.fromCode("15m")).contains(CandleInterval.FIFTEEN_MINUTES);
        assertThat(CandleInterval.fromCode("1w")).contains(CandleInterval.ONE_WEEK);
        assertThat(CandleInterval.fromCode("1M")).isEmpty();
        assertThat(CandleInterval.fromCode("15M")).isEmpty();
    }

    @Test
    void whenAligningThenCandlesOpenOnTheirGrid() {
        Instant at = Instant.parse("2025-12-24T13:37:42Z");

        assertThat(CandleInterval.FIFTEEN_MINUTES.openOf(at)).isEqualTo(Instant.parse("2025-12-24T13:30:00Z"));
        assertThat(CandleInterval.FOUR_HOURS.openOf(at)).isEqualTo(Instant.parse("2025-12-24T12:00:00Z"));
        assertThat(CandleInterval.ONE_DAY.openOf(at)).isEqualTo(Instant.parse("2025-12-24T00:00:00Z"));
        // 2025-12-22 was a Monday.
        assertThat(CandleInterval.ONE_WEEK.openOf(at)).isEqualTo(Instant.parse("2025-12-22T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "the high is below the open,  900, 10, 9,  8,  9,    1",
        "it closes as it opens,       0,   10, 10, 10, 10,   1",
        "the volume is negative,      60,  10, 10, 10, 10,   -1"
    })
    void whenTheBarIsImpossibleThenTheCandleIsRefused(
            String why, long seconds, String open, String high, String low, String close, String volume) {
        assertThatThrownBy(() -> candle(seconds, open, high, low, close, volume, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenTheBarIsStillFormingThenTheCandleSaysSo() {
        assertThat(candle(60, "10", "11", "9", "10.5", "0", false).closed()).isFalse();
    }

    /** A candle opening at 13:30 and lasting {@code seconds}. */
    private static Candle candle(
            long seconds, String open, String high, String low, String close, String volume, boolean closed) {
        Instant openTime = Instant.parse("2025-12-24T13:30:00Z");
        return new Candle(
                openTime,
                openTime.plusSeconds(seconds),
                Price.of(open),
                Price.of(high),
                Price.of(low),
                Price.of(close),
                new BigDecimal(volume),
                closed);
    }
}
