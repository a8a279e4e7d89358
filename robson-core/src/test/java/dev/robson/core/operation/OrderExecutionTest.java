package dev.robson.core.operation;

import static dev.robson.core.MarketFixtures.OPENED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderExecutionTest {

    @Test
    void filledEntryCarriesQuantityAndPrice() {
        OrderExecution entry = OrderExecution.filledEntry(Quantity.of("0.00033"), Price.of("88837.92"), OPENED_AT);

        assertThat(entry.purpose()).isEqualTo(OrderPurpose.ENTRY);
        assertThat(entry.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(entry.executedQuantity()).isEqualByComparingTo("0.00033");
        assertThat(entry.averagePrice()).isEqualTo(Price.of("88837.92"));
        assertThat(entry.clientOrderId()).isNull();
    }

    @Test
    void filledExitKeepsTheClientOrderId() {
        OrderExecution exit =
                OrderExecution.filledExit(Quantity.of("0.0001"), Price.of("90000"), OPENED_AT, "robson-42-exit");

        assertThat(exit.purpose()).isEqualTo(OrderPurpose.EXIT);
        assertThat(exit.clientOrderId()).isEqualTo("robson-42-exit");
    }

    @Test
    void unfilledOrderNeedsNoAveragePrice() {
        OrderExecution canceled =
                new OrderExecution(OrderPurpose.EXIT, OrderStatus.CANCELED, BigDecimal.ZERO, null, OPENED_AT, null);

        assertThat(canceled.averagePrice()).isNull();
    }

    @Test
    void executedQuantityNeedsAnAveragePrice() {
        assertThatThrownBy(() -> new OrderExecution(
                        OrderPurpose.ENTRY, OrderStatus.FILLED, new BigDecimal("0.001"), null, OPENED_AT, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an execution of 0.001 needs an average price");
    }

    @Test
    void rejectsNegativeOrMissingQuantity() {
        assertThatThrownBy(() -> new OrderExecution(
                        OrderPurpose.ENTRY,
                        OrderStatus.FILLED,
                        new BigDecimal("-0.001"),
                        Price.of("1"),
                        OPENED_AT,
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> new OrderExecution(
                        OrderPurpose.ENTRY, OrderStatus.FILLED, null, Price.of("1"), OPENED_AT, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderExecution.filledEntry(null, Price.of("1"), OPENED_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
