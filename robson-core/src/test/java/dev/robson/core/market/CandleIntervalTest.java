package dev.robson.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

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

    @Test
    void whenHighDoesNotBoundTheBarThenTheCandleIsRefused() {
        Instant open = Instant.parse("2025-12-24T13:30:00Z");

        assertThatThrownBy(() -> new Candle(
                        open,
                        open.plusSeconds(900),
                        Price.of("10"),
                        Price.of("9"),
                        Price.of("8"),
                        Price.of("9"),
                        BigDecimal.ONE,
                        true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Candle(
                        open,
                        open,
                        Price.of("10"),
                        Price.of("10"),
                        Price.of("10"),
                        Price.of("10"),
                        BigDecimal.ONE,
                        true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Candle(
                        open,
                        open.plusSeconds(60),
                        Price.of("10"),
                        Price.of("10"),
                        Price.of("10"),
                        Price.of("10"),
                        new BigDecimal("-1"),
                        true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Candle(
                                open,
                                open.plusSeconds(60),
                                Price.of("10"),
                                Price.of("11"),
                                Price.of("9"),
                                Price.of("10.5"),
                                BigDecimal.ZERO,
                                false)
                        .closed())
                .isFalse();
    }
}
