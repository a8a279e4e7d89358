package dev.robson.core.planning.stop;

import static dev.robson.core.planning.stop.Chart.openOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tolerance 450 throughout (0.5 % of 90,000). */
class LevelClustersTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("450");

    private static SwingLow low(String price, int candle) {
        return new SwingLow(Price.of(price), openOf(candle));
    }

    @Test
    void aClusterIsLevelledAtItsDeepestLow() {
        // 88,650, 88,700, 88,900 ascending: 88,700 is 50 from 88,650; 88,900 is 225 from the
        // mean 88,675. One level at 88,650 (not the mean 88,750), three members, last at 40.
        List<SupportLevel> levels =
                LevelClusters.of(List.of(low("88900", 10), low("88650", 40), low("88700", 25)), TOLERANCE);

        assertThat(levels).containsExactly(new SupportLevel(1, Price.of("88650"), 3, openOf(40)));
    }

    @Test
    void joinsByTheRunningMeanNotByTheLastMember() {
        // 88,000 starts A; 88,400 is 400 ≤ 450 from 88,000: joins, mean 88,200; 88,800 is 600
        // from the mean (though only 400 from 88,400): starts B.
        List<SupportLevel> levels =
                LevelClusters.of(List.of(low("88000", 1), low("88400", 2), low("88800", 3)), TOLERANCE);

        assertThat(levels)
                .containsExactly(
                        new SupportLevel(1, Price.of("88800"), 1, openOf(3)),
                        new SupportLevel(2, Price.of("88000"), 2, openOf(2)));
    }

    @Test
    void theToleranceIsInclusive() {
        List<SupportLevel> levels = LevelClusters.of(List.of(low("88000", 1), low("88450", 2)), TOLERANCE);

        assertThat(levels).singleElement().extracting(SupportLevel::members).isEqualTo(2);
    }

    @Test
    void levelsAreRankedNearestTheEntryFirst() {
        List<SupportLevel> levels =
                LevelClusters.of(List.of(low("85000", 1), low("89500", 2), low("87000", 3)), TOLERANCE);

        assertThat(levels)
                .extracting(level -> level.rank() + "@" + level.price())
                .containsExactly("1@89500", "2@87000", "3@85000");
    }
}
