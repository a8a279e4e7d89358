package dev.robson.core.operation;

import static dev.robson.core.DomainRuleAssertions.assertRuleViolation;
import static dev.robson.core.MarketFixtures.OPENED_AT;
import static dev.robson.core.MarketFixtures.TENANT_ID;
import static dev.robson.core.MarketFixtures.btcUsdc;
import static dev.robson.core.MarketFixtures.demoLong;
import static dev.robson.core.MarketFixtures.demoShort;
import static dev.robson.core.MarketFixtures.filledExit;
import static dev.robson.core.MarketFixtures.tracked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationTrackTest {

    private static Operation trackLong(String quantity, String entry, String stop, String target, String bid) {
        return tracked(btcUsdc(), Side.BUY, quantity, entry, stop, target, bid);
    }

    @Test
    void newOperationIsActiveWithOneFilledEntry() {
        Operation operation = demoLong();

        assertThat(operation.id()).isNull();
        assertThat(operation.version()).isZero();
        assertThat(operation.tenantId()).isEqualTo(TENANT_ID);
        assertThat(operation.symbol()).isEqualTo(btcUsdc());
        assertThat(operation.side()).isEqualTo(Side.BUY);
        assertThat(operation.isLong()).isTrue();
        assertThat(operation.status()).isEqualTo(OperationStatus.ACTIVE);
        assertThat(operation.closeReason()).isNull();
        assertThat(operation.openedAt()).isEqualTo(OPENED_AT);
        assertThat(operation.closedAt()).isNull();
        assertThat(operation.stopLoss()).isEqualTo(Price.of("87061.16"));
        assertThat(operation.takeProfit()).isEqualTo(Price.of("92391.44"));
        assertThat(operation.orders()).singleElement().satisfies(entry -> {
            assertThat(entry.purpose()).isEqualTo(OrderPurpose.ENTRY);
            assertThat(entry.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(entry.executedAt()).isEqualTo(OPENED_AT);
        });
        assertThat(operation.entryQuantity()).isEqualByComparingTo("0.00033");
        assertThat(operation.openQuantity()).isEqualByComparingTo("0.00033");
        assertThat(operation.averageEntryPrice()).isEqualTo(Price.of("88837.92"));
        assertThat(operation.realizedPnl()).isEqualByComparingTo("0");
    }

    @Test
    void shortIsNotLong() {
        assertThat(demoShort().isLong()).isFalse();
        assertThat(demoShort().side().positionLabel()).isEqualTo("SHORT");
    }

    @Test
    void ordersCannotBeChangedFromOutside() {
        Operation operation = demoLong();

        assertThatThrownBy(() -> operation.orders().add(filledExit("0.0001", "90000")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(operation.orders()).hasSize(1);
    }

    @Test
    void rejectsQuantityOffTheStep() {
        assertRuleViolation(() -> trackLong("0.000335", "88000", "87000", "89000", "88000.50"), "invalid_quantity")
                .hasMessage("quantity 0.000335 is not a multiple of the step size 0.00001 of BTCUSDC");
    }

    @ParameterizedTest(name = "entry {0}, stop {1}, target {2}")
    @CsvSource({
        "88000.005, 87000,     89000,     entry_price 88000.005 is not a multiple of the tick size 0.01 of BTCUSDC",
        "88000,     87000.001, 89000,     stop_loss 87000.001 is not a multiple of the tick size 0.01 of BTCUSDC",
        "88000,     87000,     89000.999, take_profit 89000.999 is not a multiple of the tick size 0.01 of BTCUSDC"
    })
    void rejectsEntryStopOrTargetOffTheTick(String entry, String stop, String target, String message) {
        assertRuleViolation(() -> trackLong("0.001", entry, stop, target, "88000.50"), "invalid_price")
                .hasMessage(message);
    }

    /** A LONG's bounds straddle the bid and a SHORT's the ask, strictly: a bound at the price would fire at once. */
    @ParameterizedTest(name = "{0} stop {1}, target {2} at {3}")
    @CsvSource({
        "BUY,  90000, 95000, 88000, stop_loss 90000 must be below the current bid 88000 for a LONG",
        "BUY,  86000, 87000, 88000, take_profit 87000 must be above the current bid 88000 for a LONG",
        "BUY,  88000, 95000, 88000, stop_loss 88000 must be below the current bid 88000 for a LONG",
        "BUY,  87000, 88000, 88000, take_profit 88000 must be above the current bid 88000 for a LONG",
        "SELL, 87000, 80000, 88000, stop_loss 87000 must be above the current ask 88000 for a SHORT",
        "SELL, 90000, 89000, 88000, take_profit 89000 must be below the current ask 88000 for a SHORT"
    })
    void rejectsBoundsThatDoNotStraddleTheExitPrice(
            Side side, String stop, String target, String exitPrice, String message) {
        assertRuleViolation(
                        () -> tracked(btcUsdc(), side, "0.001", "88000", stop, target, exitPrice), "invalid_protection")
                .hasMessage(message);
    }

    @Test
    void shortWithBoundsAroundTheAskIsTracked() {
        Operation operation = tracked(btcUsdc(), Side.SELL, "0.001", "88000", "90000", "85000", "88000");

        assertThat(operation.stopLoss()).isEqualTo(Price.of("90000"));
        assertThat(operation.takeProfit()).isEqualTo(Price.of("85000"));
    }

    @Test
    void rejectsMissingArguments() {
        assertThatThrownBy(() -> Operation.track(
                        TENANT_ID,
                        btcUsdc(),
                        Side.BUY,
                        Quantity.of("0.001"),
                        Price.of("88000"),
                        Price.of("87000"),
                        Price.of("89000"),
                        OPENED_AT,
                        null,
                        Fee.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("current exit price");
    }
}
