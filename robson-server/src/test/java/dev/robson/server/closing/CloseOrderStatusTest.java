package dev.robson.server.closing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.OrderStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a close order's row says after the exchange reported on it. */
class CloseOrderStatusTest {

    @Test
    void whenTheExchangeReportsAnOrderStillWorkingThenItIsAskedAboutAgain() {
        assertThat(CloseOrderStatus.reported(report(OrderStatus.NEW))).isEqualTo(CloseOrderStatus.UNKNOWN);
        assertThat(CloseOrderStatus.reported(report(OrderStatus.PARTIALLY_FILLED)))
                .isEqualTo(CloseOrderStatus.UNKNOWN);
        assertThat(CloseOrderStatus.UNKNOWN.unresolved()).isTrue();
    }

    @Test
    void whenTheExchangeReportsAFinalStatusThenTheRowKeepsItsName() {
        for (OrderStatus status :
                new OrderStatus[] {OrderStatus.FILLED, OrderStatus.CANCELED, OrderStatus.REJECTED, OrderStatus.EXPIRED
                }) {
            CloseOrderStatus stored = CloseOrderStatus.reported(report(status));

            assertThat(stored.name()).isEqualTo(status.name());
            assertThat(stored.unresolved()).isFalse();
        }
    }

    private static ExecutionReport report(OrderStatus status) {
        return new ExecutionReport("rbtest-1-c1", status, BigDecimal.ZERO, null);
    }
}
