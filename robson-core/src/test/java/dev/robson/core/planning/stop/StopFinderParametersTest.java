package dev.robson.core.planning.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StopFinderParametersTest {

    private static StopFinderParameters with(int level, int lookback, String min, String max, int atr, String k) {
        return new StopFinderParameters(
                level,
                lookback,
                new BigDecimal("0.5"),
                new BigDecimal(min),
                new BigDecimal(max),
                atr,
                new BigDecimal(k),
                Duration.ofMinutes(30));
    }

    @Test
    void theDefaultsAreTheSpecifiedOnes() {
        StopFinderParameters defaults = StopFinderParameters.DEFAULTS;

        assertThat(defaults.supportLevel()).isEqualTo(2);
        assertThat(defaults.lookback()).isEqualTo(100);
        assertThat(defaults.clusterTolerancePercent()).isEqualByComparingTo("0.5");
        assertThat(defaults.minDistancePercent()).isEqualByComparingTo("0.1");
        assertThat(defaults.maxDistancePercent()).isEqualByComparingTo("10");
        assertThat(defaults.atrPeriod()).isEqualTo(14);
        assertThat(defaults.atrMultiple()).isEqualByComparingTo("1.5");
        assertThat(defaults.maxStaleness()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void refusesParametersThatCannotPlaceAStop() {
        assertThatThrownBy(() -> with(0, 100, "0.1", "10", 14, "1.5")).hasMessageContaining("support level");
        assertThatThrownBy(() -> with(2, 14, "0.1", "10", 14, "1.5")).hasMessageContaining("lookback");
        assertThatThrownBy(() -> with(2, 4, "0.1", "10", 2, "1.5")).hasMessageContaining("lookback");
        assertThatThrownBy(() -> with(2, 100, "10", "10", 14, "1.5")).hasMessageContaining("maximum distance");
        assertThatThrownBy(() -> with(2, 100, "0.1", "100", 14, "1.5")).hasMessageContaining("maximum distance");
        assertThatThrownBy(() -> with(2, 100, "-0.1", "10", 14, "1.5")).hasMessageContaining("negative");
        assertThatThrownBy(() -> with(2, 100, "0.1", "10", 0, "1.5")).hasMessageContaining("ATR period");
        assertThatThrownBy(() -> with(2, 100, "0.1", "10", 14, "0")).hasMessageContaining("ATR multiple");
        assertThatThrownBy(() -> new StopFinderParameters(
                        2, 100, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, 14, BigDecimal.ONE, Duration.ZERO))
                .hasMessageContaining("staleness");
    }
}
