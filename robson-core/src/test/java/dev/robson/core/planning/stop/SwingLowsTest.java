package dev.robson.core.planning.stop;

import static dev.robson.core.planning.stop.Chart.openOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Swing lows on a flat background of 90,100, where only dips can be swings. */
class SwingLowsTest {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private static List<SwingLow> swings(Chart chart) {
        return SwingLows.in(chart.candles());
    }

    @Test
    void aFlatChartHasNoSwing() {
        assertThat(swings(Chart.background(10, "90100", "600"))).isEmpty();
    }

    @Test
    void aLowStrictlyBelowTwoCandlesOnEachSideIsASwing() {
        assertThat(swings(Chart.background(10, "90100", "600").dip(5, "89000")))
                .containsExactly(new SwingLow(Price.of("89000"), openOf(5)));
    }

    @Test
    void aLowNeedsTwoCandlesOnEachSide() {
        // Candles 1 and 8 of 10 have only one candle on one side.
        assertThat(swings(Chart.background(10, "90100", "600").dip(1, "89000").dip(8, "89000")))
                .isEmpty();
    }

    @Test
    void aLowEqualToOneTwoCandlesAwayIsNoSwing() {
        // 89,000 at 3 and 5: neither is strictly below the other, and they are not adjacent.
        assertThat(swings(Chart.background(10, "90100", "600").dip(3, "89000").dip(5, "89000")))
                .isEmpty();
    }

    @Test
    void twoEqualAdjacentLowsAreOneSwingTouchedLast() {
        // 4 and 5 share 89,000, strictly below 2, 3 and 6, 7.
        assertThat(swings(Chart.background(10, "90100", "600").dip(4, "89000").dip(5, "89000")))
                .containsExactly(new SwingLow(Price.of("89000"), openOf(5)));
    }

    @Test
    void aPairNeedsTwoCandlesAfterIt() {
        // The pair 6 and 7 of 10 has 8 and 9 after it: a swing; 7 and 8 would have only 9.
        assertThat(swings(Chart.background(10, "90100", "600").dip(6, "89000").dip(7, "89000")))
                .hasSize(1);
        assertThat(swings(Chart.background(10, "90100", "600").dip(7, "89000").dip(8, "89000")))
                .isEmpty();
    }

    @Test
    void threeEqualLowsAreNoSwing() {
        assertThat(swings(Chart.background(10, "90100", "600")
                        .dip(3, "89000")
                        .dip(4, "89000")
                        .dip(5, "89000")))
                .isEmpty();
    }

    @Test
    void thePairRuleDecidesTheFinderLevels() {
        // With E 90,000: L1 89,500 and a pair at 88,650 (one swing, one member): SWING_LEVEL_2.
        // The same with a triple at 88,650 leaves only L1.
        StopFinder finder = new StopFinder(StopFinderParameters.DEFAULTS);
        Chart pair = Chart.standard().dip(40, "88650").dip(41, "88650").dip(70, "89500");
        Chart triple = Chart.standard()
                .dip(40, "88650")
                .dip(41, "88650")
                .dip(42, "88650")
                .dip(70, "89500");

        TechnicalStop fromPair =
                (TechnicalStop) finder.find(pair.candles(), Chart.M15, Price.of("90000"), CENT, pair.now());
        TechnicalStop fromTriple =
                (TechnicalStop) finder.find(triple.candles(), Chart.M15, Price.of("90000"), CENT, triple.now());

        assertThat(fromPair.analysis().levels()).hasSize(2);
        assertThat(fromPair.analysis().levels().get(1).members()).isEqualTo(1);
        assertThat(fromPair.method().code()).isEqualTo("SWING_LEVEL_2");
        assertThat(fromTriple.analysis().levels())
                .extracting(level -> level.price().toString())
                .containsExactly("89500");
        assertThat(fromTriple.method().code()).isEqualTo("SWING_LEVEL_1");
    }
}
