package dev.robson.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Price;
import dev.robson.core.planning.stop.StopFinder;
import dev.robson.core.planning.stop.StopFinderParameters;
import dev.robson.core.planning.stop.StopOutcome;
import dev.robson.core.planning.stop.TechnicalStop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwingCandlesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:07:30Z");
    private static final Price START = Price.of("90000.00");
    private static final CandleInterval M15 = CandleInterval.FIFTEEN_MINUTES;

    @Test
    void theSameSeedGivesTheSameSeries() {
        assertThat(SwingCandles.closedBefore(NOW, 100, START, 7))
                .isEqualTo(SwingCandles.closedBefore(NOW, 100, START, 7))
                .isNotEqualTo(SwingCandles.closedBefore(NOW, 100, START, 8));
    }

    @Test
    void endsWithTheLastClosedCandleBeforeNow() {
        List<Candle> candles = SwingCandles.closedBefore(NOW, 100, START, 7);

        // 12:07:30 is inside the 12:00 candle, so the newest closed one opened at 11:45.
        assertThat(candles).hasSize(100).allMatch(Candle::closed);
        assertThat(candles.getLast().openTime()).isEqualTo(Instant.parse("2026-03-10T11:45:00Z"));
        assertThat(candles.getFirst().open()).isEqualTo(START);
        for (int i = 1; i < candles.size(); i++) {
            assertThat(Duration.between(
                            candles.get(i - 1).openTime(), candles.get(i).openTime()))
                    .isEqualTo(M15.length());
            // Each candle opens where the last one closed, as a continuous market does.
            assertThat(candles.get(i).open()).isEqualTo(candles.get(i - 1).close());
        }
    }

    @Test
    void pricesStayOnTheCentTick() {
        BigDecimal cent = new BigDecimal("0.01");

        assertThat(SwingCandles.closedBefore(NOW, 100, START, 3))
                .allSatisfy(candle ->
                        assertThat(candle.low().value().remainder(cent)).isZero());
    }

    @Test
    void theFinderReadsAtLeastTwoSupportsInEverySeries() {
        StopFinder finder = new StopFinder(StopFinderParameters.DEFAULTS);
        for (long seed = 1; seed <= 50; seed++) {
            List<Candle> candles = SwingCandles.closedBefore(NOW, 100, START, seed);
            Price ask = candles.getLast().close();

            StopOutcome outcome = finder.find(candles, M15, ask, new BigDecimal("0.01"), NOW);

            assertThat(outcome).as("seed %d", seed).isInstanceOf(TechnicalStop.class);
            TechnicalStop stop = (TechnicalStop) outcome;
            assertThat(stop.analysis().levels()).as("seed %d", seed).hasSizeGreaterThanOrEqualTo(2);
            assertThat(stop.method().isAtrFallback()).as("seed %d", seed).isFalse();
        }
    }
}
