package dev.robson.core.operation;

import static dev.robson.core.DomainRuleAssertions.assertRuleViolation;
import static dev.robson.core.MarketFixtures.LATER;
import static dev.robson.core.MarketFixtures.OPENED_AT;
import static dev.robson.core.MarketFixtures.TENANT_ID;
import static dev.robson.core.MarketFixtures.activeOn;
import static dev.robson.core.MarketFixtures.btcUsdc;
import static dev.robson.core.MarketFixtures.demoLong;
import static dev.robson.core.MarketFixtures.filledEntry;
import static dev.robson.core.MarketFixtures.filledExit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationRestoreTest {

    private static Operation restore(
            Side side,
            String stop,
            String target,
            OperationStatus status,
            CloseReason reason,
            Instant closedAt,
            long version) {
        return new Operation(
                5L,
                TENANT_ID,
                btcUsdc(),
                side,
                Price.of(stop),
                Price.of(target),
                status,
                reason,
                OPENED_AT,
                closedAt,
                List.of(filledEntry("0.001", "88000")),
                version);
    }

    @Test
    void restoresEveryStoredField() {
        List<OrderExecution> orders = List.of(filledEntry("0.001", "88000"), filledExit("0.001", "86000"));

        Operation operation = new Operation(
                5L,
                TENANT_ID,
                btcUsdc(),
                Side.BUY,
                Price.of("87000"),
                Price.of("90000"),
                OperationStatus.CLOSED,
                CloseReason.STOP_LOSS,
                OPENED_AT,
                LATER,
                orders,
                3);

        assertThat(operation.id()).isEqualTo(5L);
        assertThat(operation.version()).isEqualTo(3);
        assertThat(operation.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(operation.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
        assertThat(operation.closedAt()).isEqualTo(LATER);
        assertThat(operation.orders()).containsExactlyElementsOf(orders);
        assertThat(operation.openQuantity()).isEqualByComparingTo("0");
        assertThat(operation.realizedPnl()).isEqualByComparingTo("-2");
        assertThat(operation).hasToString("operation 5 [BTCUSDC LONG CLOSED]");
    }

    @Test
    void storedOrdersAreCopied() {
        List<OrderExecution> orders = new ArrayList<>(List.of(filledEntry("0.001", "88000")));
        Operation operation = activeOn(Side.BUY, orders);

        orders.add(filledEntry("0.005", "88000"));

        assertThat(operation.entryQuantity()).isEqualByComparingTo("0.001");
    }

    @Test
    void withIdAssignsTheStoredIdToACopy() {
        Operation unsaved = demoLong();

        Operation saved = unsaved.withId(42L);

        assertThat(saved.id()).isEqualTo(42L);
        assertThat(unsaved.id()).isNull();
        assertThat(saved.stopLoss()).isEqualTo(unsaved.stopLoss());
        assertThat(saved.orders()).isEqualTo(unsaved.orders());
        assertThat(saved).hasToString("operation 42 [BTCUSDC LONG ACTIVE]");
    }

    @Test
    void withVersionCarriesTheLockCounter() {
        assertThat(demoLong().withId(1L).withVersion(4L).version()).isEqualTo(4L);
    }

    @Test
    void longStopMustBeBelowTarget() {
        assertRuleViolation(
                        () -> restore(Side.BUY, "100", "90", OperationStatus.ACTIVE, null, null, 0),
                        "invalid_protection")
                .hasMessage("stop_loss 100 must be below take_profit 90 for a LONG");
    }

    @Test
    void shortStopMustBeAboveTarget() {
        assertThatThrownBy(() -> restore(Side.SELL, "90", "90", OperationStatus.ACTIVE, null, null, 0))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("stop_loss 90 must be above take_profit 90 for a SHORT");
    }

    /** The close reason is set exactly outside ACTIVE, the closed time exactly when CLOSED and never before opening. */
    @ParameterizedTest(name = "{0}, close reason {1}, closed at {2}: {3}")
    @CsvSource({
        "ACTIVE,  MANUAL, ,                     close reason",
        "CLOSING, ,       ,                     close reason",
        "CLOSED,  MANUAL, ,                     closed time",
        "CLOSING, MANUAL, 2026-11-21T10:00:00Z, closed time",
        // One second before OPENED_AT.
        "CLOSED,  MANUAL, 2026-11-20T09:59:59Z, is before opened time"
    })
    void refusesAStatusItsCloseReasonOrClosedTimeContradicts(
            OperationStatus status, CloseReason reason, Instant closedAt, String complaint) {
        assertThatThrownBy(() -> restore(Side.BUY, "80", "90", status, reason, closedAt, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(complaint);
    }

    @Test
    void rejectsNegativeVersionMissingFieldsAndNullOrders() {
        assertThatThrownBy(() -> restore(Side.BUY, "80", "90", OperationStatus.ACTIVE, null, null, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> new Operation(
                        5L,
                        TENANT_ID,
                        null,
                        Side.BUY,
                        Price.of("80"),
                        Price.of("90"),
                        OperationStatus.ACTIVE,
                        null,
                        OPENED_AT,
                        null,
                        List.of(),
                        0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> activeOn(Side.BUY, Arrays.asList((OrderExecution) null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain null");
    }
}
