package dev.robson.core.operation;

import static dev.robson.core.DomainRuleAssertions.assertRuleViolation;
import static dev.robson.core.MarketFixtures.LATER;
import static dev.robson.core.MarketFixtures.OPENED_AT;
import static dev.robson.core.MarketFixtures.TENANT_ID;
import static dev.robson.core.MarketFixtures.btcUsdc;
import static dev.robson.core.MarketFixtures.demoLong;
import static dev.robson.core.MarketFixtures.filledEntry;
import static dev.robson.core.MarketFixtures.filledExit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Price;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationLifecycleTest {

    private static Operation closingDemo() {
        Operation operation = demoLong().withId(9L);
        operation.beginClosing(CloseReason.STOP_LOSS);
        return operation;
    }

    /** The closing demo with its whole 0.00033 BTC sold at 87,000. */
    private static Operation soldOutDemo() {
        Operation operation = closingDemo();
        operation.recordExit(filledExit("0.00033", "87000"));
        return operation;
    }

    private static void assertIllegalTransition(Runnable action, String messagePart) {
        assertRuleViolation(action::run, "illegal_transition").hasMessageContaining(messagePart);
    }

    @Test
    void beginClosingRemembersTheReason() {
        Operation operation = closingDemo();

        assertThat(operation.status()).isEqualTo(OperationStatus.CLOSING);
        assertThat(operation.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
    }

    @Test
    void cannotBeginClosingTwice() {
        Operation operation = closingDemo();

        assertIllegalTransition(
                () -> operation.beginClosing(CloseReason.MANUAL),
                "cannot begin closing operation 9 while CLOSING; it must be ACTIVE");
        assertThat(operation.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
    }

    @Test
    void beginClosingNeedsAReason() {
        assertThatThrownBy(() -> demoLong().beginClosing(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotRecordAnExitWhileActive() {
        Operation operation = demoLong();

        assertIllegalTransition(
                () -> operation.recordExit(filledExit("0.00033", "89000")),
                "cannot record an exit on unsaved operation while ACTIVE");
        assertThat(operation.orders()).hasSize(1);
    }

    @Test
    void partialExitReducesTheOpenQuantity() {
        Operation operation = closingDemo();

        operation.recordExit(filledExit("0.00013", "89000"));

        assertThat(operation.openQuantity()).isEqualByComparingTo("0.00020");
        assertThat(operation.orders()).hasSize(2);
    }

    @Test
    void exitCannotExceedTheOpenQuantity() {
        Operation operation = closingDemo();

        assertRuleViolation(() -> operation.recordExit(filledExit("0.00034", "89000")), "invalid_quantity")
                .hasMessage("exit of 0.00034 exceeds the open quantity 0.00033 of operation 9");
    }

    @Test
    void onlyExitExecutionsCanBeRecordedAsExits() {
        Operation operation = closingDemo();

        assertThatThrownBy(() -> operation.recordExit(filledEntry("0.0001", "89000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected an EXIT execution, got ENTRY");
        assertThatThrownBy(() -> operation.recordExit(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotCompleteTheCloseWhileQuantityIsOpen() {
        Operation operation = closingDemo();
        operation.recordExit(filledExit("0.00013", "89000"));

        assertIllegalTransition(() -> operation.completeClose(LATER), "0.00020 BTC is still open");
        assertThat(operation.status()).isEqualTo(OperationStatus.CLOSING);
    }

    @Test
    void completesTheCloseOnceEverythingIsSold() {
        Operation operation = soldOutDemo();

        operation.completeClose(LATER);

        assertThat(operation.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(operation.closedAt()).isEqualTo(LATER);
        assertThat(operation.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
        assertThat(operation.realizedPnl()).isEqualByComparingTo("-0.6065136");
    }

    @Test
    void completesTheCloseWithDustBelowOneStep() {
        Operation operation = new Operation(
                3L,
                TENANT_ID,
                btcUsdc(),
                Side.BUY,
                Price.of("80000"),
                Price.of("95000"),
                OperationStatus.CLOSING,
                CloseReason.MANUAL,
                OPENED_AT,
                null,
                List.of(filledEntry("0.000335", "88000"), filledExit("0.00033", "89000")),
                1);

        operation.completeClose(LATER);

        assertThat(operation.openQuantity()).isEqualByComparingTo("0.000005");
        assertThat(operation.status()).isEqualTo(OperationStatus.CLOSED);
    }

    @Test
    void cannotCompleteTheCloseOfAnActiveOperation() {
        assertIllegalTransition(() -> demoLong().completeClose(LATER), "while ACTIVE; it must be CLOSING");
    }

    @Test
    void closedTimeCannotPrecedeOpening() {
        Operation operation = soldOutDemo();

        assertThatThrownBy(() -> operation.completeClose(OPENED_AT.minusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> operation.completeClose(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(operation.status()).isEqualTo(OperationStatus.CLOSING);
    }

    @Test
    void closedOperationCannotBeClosedAgain() {
        Operation operation = soldOutDemo();
        operation.completeClose(LATER);

        assertIllegalTransition(() -> operation.completeClose(LATER), "while CLOSED");
        assertIllegalTransition(() -> operation.beginClosing(CloseReason.MANUAL), "while CLOSED");
    }
}
