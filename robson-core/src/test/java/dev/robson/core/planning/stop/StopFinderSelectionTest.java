package dev.robson.core.planning.stop;

import static dev.robson.core.planning.stop.Chart.M15;
import static dev.robson.core.planning.stop.Chart.openOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which support the stop goes under. E = 90,000 throughout, so with the defaults: cluster
 * tolerance 0.5 % = 450, minimum distance 0.1 % = 90, maximum 10 % = 9,000.
 */
class StopFinderSelectionTest {

    private static final Price E = Price.of("90000");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final StopFinder FINDER = new StopFinder(StopFinderParameters.DEFAULTS);

    private static StopOutcome find(Chart chart) {
        return find(FINDER, chart, CENT);
    }

    private static StopOutcome find(StopFinder finder, Chart chart, BigDecimal tick) {
        return finder.find(chart.candles(), M15, E, tick, chart.now());
    }

    private static List<String> prices(List<SupportLevel> levels) {
        return levels.stream().map(level -> level.price().toString()).toList();
    }

    @Test
    void takesTheSecondSupportWithHighConfidence() {
        // Dips 89,500 (L1, d 500 = 0.56 %), 88,900 and 88,650 (one cluster: 250 apart ≤ 450,
        // level = the deeper 88,650), 87,000 (L3). L2 = 88,650: d 1,350 = 1.5 %, in bounds.
        Chart chart = Chart.standard()
                .dip(20, "88900")
                .dip(30, "87000")
                .dip(45, "88650")
                .dip(60, "89500");

        TechnicalStop stop = (TechnicalStop) find(chart);

        assertThat(prices(stop.analysis().levels())).containsExactly("89500", "88650", "87000");
        SupportLevel second = stop.analysis().levels().get(1);
        assertThat(second.rank()).isEqualTo(2);
        assertThat(second.members()).isEqualTo(2);
        // Touched at candles 20 and 45: the later one counts.
        assertThat(second.lastTouchTime()).isEqualTo(openOf(45));
        assertThat(stop.technicalLevel()).isEqualTo(Price.of("88650"));
        assertThat(stop.stopLoss()).isEqualTo(Price.of("88650"));
        assertThat(stop.method().code()).isEqualTo("SWING_LEVEL_2");
        assertThat(stop.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(stop.warnings()).isEmpty();
        assertThat(stop.analysis().skippedLevels()).isEmpty();
        // 1,350 / 90,000 = 1.5 %.
        assertThat(stop.stopDistancePercent()).isEqualByComparingTo("1.5");
        assertThat(stop.analysis().candlesFrom()).isEqualTo(openOf(0));
        assertThat(stop.analysis().candlesTo()).isEqualTo(openOf(99));
    }

    @Test
    void aLoneSupportIsTakenWithMediumConfidenceAndAWarning() {
        Chart chart = Chart.standard().dip(50, "88650");

        TechnicalStop stop = (TechnicalStop) find(chart);

        assertThat(prices(stop.analysis().levels())).containsExactly("88650");
        assertThat(stop.stopLoss()).isEqualTo(Price.of("88650"));
        assertThat(stop.method().code()).isEqualTo("SWING_LEVEL_1");
        assertThat(stop.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(stop.warnings()).containsExactly(StopWarning.SECOND_SUPPORT_NOT_FOUND);
        assertThat(stop.warnings().getFirst().message()).isEqualTo("second support not found");
    }

    @Test
    void aLoneSupportOutOfBoundsFallsBackToTheAtr() {
        // The only support is 80,000 (d 10,000 > 9,000). ATR = r = 600, so E − 1.5 × 600 = 89,100.
        Chart chart = Chart.standard().dip(50, "80000");

        TechnicalStop stop = (TechnicalStop) find(chart);

        assertThat(stop.analysis().skippedLevels())
                .extracting(SkippedLevel::reason)
                .containsExactly(SkippedLevel.Reason.ABOVE_MAX);
        assertThat(stop.method()).isEqualTo(StopMethod.ATR_FALLBACK);
        assertThat(stop.stopLoss()).isEqualTo(Price.of("89100"));
        assertThat(stop.warnings()).containsExactly(StopWarning.SECOND_SUPPORT_NOT_FOUND, StopWarning.ATR_FALLBACK);
    }

    @Test
    void aSecondSupportTooCloseIsSkippedForADeeperOne() {
        // With the defaults L2 can never be too close: L1 is nearer still and the two are more
        // than the 0.5 % tolerance apart, which is already above the 0.1 % minimum. A tolerance of
        // 0.05 % (45) and a minimum of 1 % (900) make it possible: L1 89,800 (d 200),
        // L2 89,500 (d 500 < 900: below_min), L3 88,650 (d 1,350): taken, MEDIUM.
        StopFinder finder = new StopFinder(new StopFinderParameters(
                2,
                100,
                new BigDecimal("0.05"),
                new BigDecimal("1"),
                new BigDecimal("10"),
                14,
                new BigDecimal("1.5"),
                StopFinderParameters.DEFAULTS.maxStaleness()));
        Chart chart = Chart.standard().dip(30, "88650").dip(50, "89500").dip(70, "89800");

        TechnicalStop stop = (TechnicalStop) find(finder, chart, CENT);

        assertThat(stop.analysis().skippedLevels()).singleElement().satisfies(skipped -> {
            assertThat(skipped.level().price()).isEqualTo(Price.of("89500"));
            assertThat(skipped.reason().code()).isEqualTo("below_min");
        });
        assertThat(stop.stopLoss()).isEqualTo(Price.of("88650"));
        assertThat(stop.method().code()).isEqualTo("SWING_LEVEL_3");
        assertThat(stop.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(stop.warnings()).isEmpty();
    }

    @Test
    void aSecondSupportTooFarStopsTheWalkAndFallsBackToTheAtr() {
        // L1 89,500; L2 80,500 (d 9,500 > 9,000: above_max) and L3 79,000 beyond it.
        // ATR = 600 (no dip among the last 15 candles): 90,000 − 900 = 89,100, d 1 %: in bounds.
        Chart chart = Chart.standard().dip(20, "79000").dip(40, "80500").dip(60, "89500");

        TechnicalStop stop = (TechnicalStop) find(chart);

        assertThat(stop.analysis().skippedLevels())
                .extracting(skipped -> skipped.level().price().toString(), SkippedLevel::reason)
                .containsExactly(
                        tuple("80500", SkippedLevel.Reason.ABOVE_MAX), tuple("79000", SkippedLevel.Reason.ABOVE_MAX));
        assertThat(stop.analysis().atr()).isEqualByComparingTo("600");
        assertThat(stop.method().code()).isEqualTo("ATR_FALLBACK");
        assertThat(stop.confidence()).isEqualTo(Confidence.LOW);
        assertThat(stop.technicalLevel()).isEqualTo(Price.of("89100"));
        assertThat(stop.stopLoss()).isEqualTo(Price.of("89100"));
        assertThat(stop.warnings()).containsExactly(StopWarning.ATR_FALLBACK);
    }

    @Test
    void refusesWhenTheAtrStopIsOutOfBoundsToo() {
        // Same supports, but r = 6,100 on a background of 90,100: ATR 6,100,
        // 90,000 − 9,150 = 80,850, d 9,150 > 9,000.
        Chart chart = Chart.background(100, "90100", "6100")
                .dip(20, "79000")
                .dip(40, "80500")
                .dip(60, "89500");

        NoValidStop refused = (NoValidStop) find(chart);

        assertThat(refused.code()).isEqualTo("no_valid_stop");
        assertThat(refused.atrStop()).isEqualByComparingTo("80850");
        assertThat(prices(refused.analysis().levels())).containsExactly("89500", "80500", "79000");
        assertThat(refused.analysis().skippedLevels()).hasSize(2);
    }

    @Test
    void refusesWhenTheAtrStopIsTooClose() {
        // No support at all and r = 50: 90,000 − 75 = 89,925, d 75 < 90.
        Chart chart = Chart.background(100, "90100", "50");

        NoValidStop refused = (NoValidStop) find(chart);

        assertThat(refused.analysis().levels()).isEmpty();
        assertThat(refused.atrStop()).isEqualByComparingTo("89925");
    }

    @Test
    void neverTakesTheFirstSupportWhenASecondExists() {
        // L1 88,650 is a fine stop, but L2 exists (80,000, too far): the plan goes to the ATR.
        Chart chart = Chart.standard().dip(30, "80000").dip(60, "88650");

        TechnicalStop stop = (TechnicalStop) find(chart);

        assertThat(stop.method()).isEqualTo(StopMethod.ATR_FALLBACK);
        assertThat(stop.stopLoss()).isNotEqualTo(Price.of("88650"));
    }

    @Test
    void ignoresSwingLowsAtOrAboveTheEntryReference() {
        // 90,050 and 90,000 are swings (below B = 90,100) but not below E = 90,000.
        Chart chart = Chart.standard()
                .dip(20, "90050")
                .dip(40, "90000")
                .dip(60, "88650")
                .dip(80, "89500");

        TechnicalStop stop = (TechnicalStop) find(chart);

        assertThat(prices(stop.analysis().levels())).containsExactly("89500", "88650");
    }

    @Test
    void floorsTheStopToTheTick() {
        // L2 88,653.37 floored to a tick of 5: 88,650 (17,730 ticks).
        Chart chart = Chart.standard().dip(30, "88653.37").dip(60, "89500");

        TechnicalStop stop = (TechnicalStop) find(FINDER, chart, new BigDecimal("5"));

        assertThat(stop.technicalLevel()).isEqualTo(Price.of("88653.37"));
        assertThat(stop.stopLoss()).isEqualTo(Price.of("88650"));
    }

    @Test
    void theBoundsAreInclusive() {
        // L2 81,000.40, floored to the tick of 1: 81,000, d exactly 9,000 = 10 %: still in bounds.
        Chart chart = Chart.standard().dip(30, "81000.40").dip(60, "89500");

        TechnicalStop stop = (TechnicalStop) find(FINDER, chart, BigDecimal.ONE);

        assertThat(stop.stopLoss()).isEqualTo(Price.of("81000"));
        assertThat(stop.method().code()).isEqualTo("SWING_LEVEL_2");
        assertThat(stop.stopDistancePercent()).isEqualByComparingTo("10");
    }

    @Test
    void reChecksTheBoundsAfterFlooring() {
        // L2 81,000 is exactly 10 % away, but a tick of 7 floors it to 80,997 (11,571 × 7),
        // d 9,003 > 9,000: skipped as above_max, so the ATR decides (89,100).
        Chart chart = Chart.standard().dip(30, "81000").dip(60, "89500");

        TechnicalStop stop = (TechnicalStop) find(FINDER, chart, new BigDecimal("7"));

        assertThat(stop.analysis().skippedLevels())
                .singleElement()
                .extracting(SkippedLevel::reason)
                .isEqualTo(SkippedLevel.Reason.ABOVE_MAX);
        assertThat(stop.method()).isEqualTo(StopMethod.ATR_FALLBACK);
        // 89,100 / 7 = 12,728.57…, floored: 12,728 × 7 = 89,096.
        assertThat(stop.stopLoss()).isEqualTo(Price.of("89096"));
    }
}
