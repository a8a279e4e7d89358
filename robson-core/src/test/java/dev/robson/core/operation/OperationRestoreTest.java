package dev.robson.core.operation;

import static dev.robson.core.MarketFixtures.LATER;
import static dev.robson.core.MarketFixtures.OPENED_AT;
import static dev.robson.core.MarketFixtures.TENANT_ID;
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
        Operation operation = new Operation(
                5L,
                TENANT_ID,
                btcUsdc(),
                Side.BUY,
                Price.of("87000"),
                Price.of("90000"),
                OperationStatus.ACTIVE,
                null,
                OPENED_AT,
                null,
                orders,
                0);

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
        assertThatThrownBy(() -> restore(Side.BUY, "100", "90", OperationStatus.ACTIVE, null, null, 0))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("invalid_protection"))
                .hasMessage("stop_loss 100 must be below take_profit 90 for a LONG");
    }

    @Test
    void shortStopMustBeAboveTarget() {
        assertThatThrownBy(() -> restore(Side.SELL, "90", "90", OperationStatus.ACTIVE, null, null, 0))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("stop_loss 90 must be above take_profit 90 for a SHORT");
    }

    @Test
    void closeReasonOnlyOutsideActive() {
        assertThatThrownBy(() -> restore(Side.BUY, "80", "90", OperationStatus.ACTIVE, CloseReason.MANUAL, null, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("close reason");
        assertThatThrownBy(() -> restore(Side.BUY, "80", "90", OperationStatus.CLOSING, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("close reason");
    }

    @Test
    void closedTimeOnlyWhenClosed() {
        assertThatThrownBy(() -> restore(Side.BUY, "80", "90", OperationStatus.CLOSED, CloseReason.MANUAL, null, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("closed time");
        assertThatThrownBy(() -> restore(Side.BUY, "80", "90", OperationStatus.CLOSING, CloseReason.MANUAL, LATER, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("closed time");
        assertThatThrownBy(() -> restore(
                        Side.BUY, "80", "90", OperationStatus.CLOSED, CloseReason.MANUAL, OPENED_AT.minusSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is before opened time");
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
        assertThatThrownBy(() -> new Operation(
                        5L,
                        TENANT_ID,
                        btcUsdc(),
                        Side.BUY,
                        Price.of("80"),
                        Price.of("90"),
                        OperationStatus.ACTIVE,
                        null,
                        OPENED_AT,
                        null,
                        Arrays.asList((OrderExecution) null),
                        0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain null");
    }
}
