package dev.robson.core.planning.stop;

import static dev.robson.core.planning.stop.Chart.M15;
import static dev.robson.core.planning.stop.Chart.openOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Candle;
import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data check: exactly the last 100 closed candles, no gap, the newest closed ≤ 30 min ago. */
class StopFinderDataTest {

    private static final Price E = Price.of("90000");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final StopFinder FINDER = new StopFinder(StopFinderParameters.DEFAULTS);

    /** L1 89,500 and L2 88,650: a chart the finder reads as SWING_LEVEL_2 at 88,650. */
    private static Chart twoSupports(int count) {
        return Chart.background(count, "90100", "600").dip(count - 60, "88650").dip(count - 30, "89500");
    }

    private static DataUnavailable.Problem problem(StopOutcome outcome) {
        assertThat(outcome).isInstanceOf(DataUnavailable.class);
        DataUnavailable refused = (DataUnavailable) outcome;
        assertThat(refused.code()).isEqualTo("data_unavailable");
        return refused.problem();
    }

    @Test
    void refusesFewerThanTheLookback() {
        Chart chart = twoSupports(99);

        StopOutcome outcome = FINDER.find(chart.candles(), M15, E, CENT, chart.now());

        assertThat(problem(outcome)).isEqualTo(DataUnavailable.Problem.TOO_FEW_CANDLES);
        assertThat(((DataUnavailable) outcome).message()).contains("need 100", "got 99");
    }

    @Test
    void readsOnlyTheLastHundredOfALongerChart() {
        // 130 candles: the window is candles 30…129, and a support at candle 10 is left out.
        Chart chart = twoSupports(130).dip(10, "87000");

        TechnicalStop stop = (TechnicalStop) FINDER.find(chart.candles(), M15, E, CENT, chart.now());

        assertThat(stop.analysis().candlesFrom()).isEqualTo(openOf(30));
        assertThat(stop.analysis().candlesTo()).isEqualTo(openOf(129));
        assertThat(stop.analysis().levels()).hasSize(2);
    }

    @Test
    void refusesAGapInTheWindow() {
        // 101 candles with candle 50 missing: 100 closed candles, but not evenly spaced.
        Chart chart = twoSupports(101);
        List<Candle> candles = new ArrayList<>(chart.candles());
        candles.remove(50);

        StopOutcome outcome = FINDER.find(candles, M15, E, CENT, chart.now());

        assertThat(problem(outcome)).isEqualTo(DataUnavailable.Problem.GAPPED);
    }

    @Test
    void refusesADuplicatedCandle() {
        Chart chart = twoSupports(100);
        List<Candle> candles = new ArrayList<>(chart.candles());
        candles.add(candles.get(70));

        assertThat(problem(FINDER.find(candles, M15, E, CENT, chart.now()))).isEqualTo(DataUnavailable.Problem.GAPPED);
    }

    @Test
    void acceptsTheNewestCandleClosedExactlyThirtyMinutesAgo() {
        Chart chart = twoSupports(100);
        Instant now = chart.lastClose().plus(Duration.ofMinutes(30));

        assertThat(FINDER.find(chart.candles(), M15, E, CENT, now)).isInstanceOf(TechnicalStop.class);
    }

    @Test
    void refusesStaleCandles() {
        Chart chart = twoSupports(100);
        Instant now = chart.lastClose().plus(Duration.ofMinutes(30)).plusSeconds(1);

        StopOutcome outcome = FINDER.find(chart.candles(), M15, E, CENT, now);

        assertThat(problem(outcome)).isEqualTo(DataUnavailable.Problem.STALE);
    }

    @Test
    void ignoresTheFormingCandle() {
        // 100 closed candles plus the forming one, whose low (80,000) and range would change
        // both the levels and the ATR if it were read.
        Chart chart = twoSupports(100);
        List<Candle> candles = new ArrayList<>(chart.candles());
        Instant formingOpen = chart.lastClose();
        candles.add(chart.candle(formingOpen, new BigDecimal("80000"), false));
        Instant now = formingOpen.plus(Duration.ofMinutes(5));

        TechnicalStop stop = (TechnicalStop) FINDER.find(candles, M15, E, CENT, now);

        assertThat(stop.analysis().candlesTo()).isEqualTo(openOf(99));
        assertThat(stop.analysis().atr()).isEqualByComparingTo("600");
        assertThat(stop.stopLoss()).isEqualTo(Price.of("88650"));
    }

    @Test
    void judgesFormingByTheClockEvenWhenTheFeedSaysClosed() {
        // The newest candle is flagged closed but opened 5 min before now: it is still forming,
        // so only 99 candles are closed.
        Chart chart = twoSupports(100);
        Instant now = openOf(99).plus(Duration.ofMinutes(5));

        assertThat(problem(FINDER.find(chart.candles(), M15, E, CENT, now)))
                .isEqualTo(DataUnavailable.Problem.TOO_FEW_CANDLES);
    }

    @Test
    void acceptsCandlesInAnyOrder() {
        Chart chart = twoSupports(100);
        List<Candle> candles = new ArrayList<>(chart.candles());
        Collections.reverse(candles);

        TechnicalStop stop = (TechnicalStop) FINDER.find(candles, M15, E, CENT, chart.now());

        assertThat(stop.stopLoss()).isEqualTo(Price.of("88650"));
    }
}
