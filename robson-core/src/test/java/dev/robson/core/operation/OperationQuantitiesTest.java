package dev.robson.core.operation;

import static dev.robson.core.MarketFixtures.activeOn;
import static dev.robson.core.MarketFixtures.entry;
import static dev.robson.core.MarketFixtures.exit;
import static dev.robson.core.MarketFixtures.filledEntry;
import static dev.robson.core.MarketFixtures.filledExit;
import static dev.robson.core.MarketFixtures.longAveragedOverThreeFills;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationQuantitiesTest {

    @Test
    void averageEntryIsWeightedByFilledQuantity() {
        Operation operation = activeOn(Side.BUY, List.of(filledEntry("0.001", "100"), filledEntry("0.003", "200")));

        assertThat(operation.averageEntryPrice()).isEqualTo(Price.of("175"));
        assertThat(operation.entryQuantity()).isEqualByComparingTo("0.004");
        assertThat(operation.openQuantity()).isEqualByComparingTo("0.004");
    }

    @Test
    void entriesThatAreNotFilledAreIgnored() {
        Operation operation = activeOn(
                Side.BUY,
                List.of(
                        filledEntry("0.001", "100"),
                        filledEntry("0.003", "200"),
                        entry(OrderStatus.CANCELED, "0", null),
                        entry(OrderStatus.NEW, "0", null),
                        entry(OrderStatus.PARTIALLY_FILLED, "0.002", "500")));

        assertThat(operation.averageEntryPrice()).isEqualTo(Price.of("175"));
        assertThat(operation.entryQuantity()).isEqualByComparingTo("0.004");
    }

    @Test
    void averageEntryKeepsFullPrecision() {
        Operation operation = longAveragedOverThreeFills();

        BigDecimal average = operation.averageEntryPrice().value();

        assertThat(average).isEqualByComparingTo("88837.92333333333333333333333333333");
        assertThat(average.setScale(6, RoundingMode.HALF_UP)).hasToString("88837.923333");
    }

    @Test
    void withoutAFilledEntryThereIsNoAverage() {
        Operation operation = activeOn(Side.BUY, List.of(entry(OrderStatus.NEW, "0", null)));

        assertThat(operation.openQuantity()).isEqualByComparingTo("0");
        assertThatThrownBy(operation::averageEntryPrice)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no filled entry");
    }

    @Test
    void exitsInAnyStatusReduceTheOpenQuantity() {
        Operation operation = activeOn(
                Side.BUY, List.of(filledEntry("0.004", "175"), exit(OrderStatus.PARTIALLY_FILLED, "0.0015", "210")));

        assertThat(operation.openQuantity()).isEqualByComparingTo("0.0025");
        assertThat(operation.entryQuantity()).isEqualByComparingTo("0.004");
    }

    @Test
    void openQuantityNeverGoesNegative() {
        Operation operation = activeOn(Side.BUY, List.of(filledEntry("0.001", "100"), filledExit("0.002", "100")));

        assertThat(operation.openQuantity()).isEqualByComparingTo("0");
    }

    @Test
    void realizedPnlOfLongSumsEveryExitAgainstTheAverageEntry() {
        Operation operation = activeOn(
                Side.BUY,
                List.of(filledEntry("0.00100", "88000"), filledExit("0.0004", "89000"), filledExit("0.0006", "87500")));

        // 1000 x 0.0004 - 500 x 0.0006
        assertThat(operation.realizedPnl()).isEqualByComparingTo("0.1");
    }

    @Test
    void realizedPnlOfShortGainsWhenBoughtBackLower() {
        Operation operation = activeOn(Side.SELL, List.of(filledEntry("0.001", "88000"), filledExit("0.001", "87000")));

        assertThat(operation.realizedPnl()).isEqualByComparingTo("1");
    }

    @Test
    void unfilledExitAddsNothingToRealizedPnl() {
        Operation operation =
                activeOn(Side.BUY, List.of(filledEntry("0.001", "88000"), exit(OrderStatus.CANCELED, "0", null)));

        assertThat(operation.realizedPnl()).isEqualByComparingTo("0");
        assertThat(operation.openQuantity()).isEqualByComparingTo("0.001");
    }
}
