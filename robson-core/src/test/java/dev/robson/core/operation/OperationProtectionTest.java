package dev.robson.core.operation;

import static dev.robson.core.DomainRuleAssertions.assertRuleViolation;
import static dev.robson.core.MarketFixtures.demo;
import static dev.robson.core.MarketFixtures.demoLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationProtectionTest {

    private static final Price BID = Price.of("89245.00");

    private static void assertViolation(Runnable action, String code, String message) {
        assertRuleViolation(action::run, code).hasMessage(message);
    }

    private static Price price(String value) {
        return value == null ? null : Price.of(value);
    }

    /** A null bound is kept as it is. */
    @ParameterizedTest(name = "{0} to stop {1}, target {2}: {4} / {5}")
    @CsvSource({
        "BUY,  88500, 95000.50, 89245.00, 88500,    95000.5",
        "BUY,  ,      95000,    89245.00, 87061.16, 95000",
        "BUY,  88000, ,         89245.00, 88000,    92391.44",
        "SELL, 90500, 86000,    89246.00, 90500,    86000"
    })
    void movesTheBoundsItIsGiven(
            Side side, String stop, String target, String exitPrice, String stopAfter, String targetAfter) {
        Operation operation = demo(side);

        operation.moveProtection(price(stop), price(target), Price.of(exitPrice));

        assertThat(operation.stopLoss()).isEqualTo(Price.of(stopAfter));
        assertThat(operation.takeProfit()).isEqualTo(Price.of(targetAfter));
    }

    @Test
    void movingNothingIsRejected() {
        assertViolation(
                () -> demoLong().moveProtection(null, null, BID),
                "invalid_protection",
                "moving protection needs a new stop_loss or take_profit");
    }

    /** A null bound is kept, and a kept bound is checked against the market as it is now too. */
    @ParameterizedTest(name = "{0} to stop {1}, target {2} at {3}")
    @CsvSource({
        "BUY,  89245, ,      89245.00, stop_loss 89245 must be below the current bid 89245 for a LONG",
        "BUY,  90000, ,      93000,    take_profit 92391.44 must be above the current bid 93000 for a LONG",
        "SELL, 89000, ,      89246.00, stop_loss 89000 must be above the current ask 89246 for a SHORT",
        "SELL, ,      89300, 89246.00, take_profit 89300 must be below the current ask 89246 for a SHORT"
    })
    void refusesABoundOnTheWrongSideOfTheExitPriceAndKeepsTheOldOnes(
            Side side, String stop, String target, String exitPrice, String message) {
        Operation operation = demo(side);
        Price stopBefore = operation.stopLoss();
        Price targetBefore = operation.takeProfit();

        assertViolation(
                () -> operation.moveProtection(price(stop), price(target), Price.of(exitPrice)),
                "invalid_protection",
                message);
        assertThat(operation.stopLoss()).isEqualTo(stopBefore);
        assertThat(operation.takeProfit()).isEqualTo(targetBefore);
    }

    @Test
    void newBoundMustBeOnTheTick() {
        assertViolation(
                () -> demoLong().moveProtection(Price.of("88000.001"), null, BID),
                "invalid_price",
                "stop_loss 88000.001 is not a multiple of the tick size 0.01 of BTCUSDC");
        assertViolation(
                () -> demoLong().moveProtection(null, Price.of("95000.005"), BID),
                "invalid_price",
                "take_profit 95000.005 is not a multiple of the tick size 0.01 of BTCUSDC");
    }

    @Test
    void cannotMoveProtectionOnceClosing() {
        Operation operation = demoLong();
        operation.beginClosing(CloseReason.MANUAL);

        assertViolation(
                () -> operation.moveProtection(Price.of("88000"), null, BID),
                "illegal_transition",
                "cannot move the protection of unsaved operation while CLOSING; it must be ACTIVE");
    }

    @Test
    void currentExitPriceIsRequired() {
        assertThatThrownBy(() -> demoLong().moveProtection(Price.of("88000"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
