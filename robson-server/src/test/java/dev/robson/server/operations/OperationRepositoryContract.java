package dev.robson.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.Side;
import dev.robson.server.support.TestTenants;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** What goes into the database comes back to the last digit, on every engine we support. */
abstract class OperationRepositoryContract {

    @Autowired
    OperationRepository operations;

    @Autowired
    TestTenants tenants;

    @Test
    void whenStoredThenEveryDecimalComesBackExactly() {
        var trader = tenants.newTrader("exact");
        // 18 decimals: the most NUMERIC(38, 18) keeps, and far beyond what a double holds exactly.
        long id = tenants.holdingFills(
                trader,
                "ETHBTC",
                Side.BUY,
                "0.03000",
                "0.04000",
                List.of(OrderExecution.filledEntry(
                        Quantity.of("123456789.1234"),
                        Price.of("0.033700000000000001"),
                        Instant.parse("2025-12-22T14:30:00Z"))));

        Operation stored = operations.find(trader.tenantId(), id).orElseThrow();

        assertThat(stored.openQuantity()).isEqualByComparingTo("123456789.1234");
        assertThat(stored.averageEntryPrice().value()).isEqualByComparingTo(new BigDecimal("0.033700000000000001"));
        assertThat(stored.openedAt()).isEqualTo(Instant.parse("2025-12-22T14:30:00Z"));
        assertThat(stored.status()).isEqualTo(OperationStatus.ACTIVE);
    }

    @Test
    void whenAnotherTenantAsksThenTheOperationIsNotThere() {
        var owner = tenants.newTrader("owner");
        var stranger = tenants.newTrader("stranger");
        long id = tenants.longBtc(owner);

        assertThat(operations.find(stranger.tenantId(), id)).isEmpty();
        assertThat(operations.findByStatus(stranger.tenantId(), OperationStatus.ACTIVE))
                .isEmpty();
    }

    @Test
    void whenOperationsAreHeldThenActiveComeFirstThenClosingEachOnceAndClosedNever() {
        var trader = tenants.newTrader("holder");
        long closing = tenants.longBtc(trader);
        long active = tenants.longBtc(trader);
        long closed = tenants.longBtc(trader);
        Operation beginning = operations.find(trader.tenantId(), closing).orElseThrow();
        beginning.beginClosing(CloseReason.STOP_LOSS);
        operations.update(beginning);
        Operation ending = operations.find(trader.tenantId(), closed).orElseThrow();
        ending.beginClosing(CloseReason.MANUAL);
        ending.recordExit(OrderExecution.filledExit(
                Quantity.of("0.00033"), Price.of("89000.00"), Instant.parse("2026-01-05T12:00:00Z"), "robson-x-1"));
        ending.completeClose(Instant.parse("2026-01-05T12:00:00Z"));
        operations.update(ending);

        assertThat(operations.findHeld(trader.tenantId()))
                .extracting(Operation::id, Operation::status)
                .containsExactly(tuple(active, OperationStatus.ACTIVE), tuple(closing, OperationStatus.CLOSING));
    }

    @Test
    void whenClosedThenExitOrdersRealizedPnlAndReasonAreStored() {
        var trader = tenants.newTrader("closer");
        long id = tenants.longBtc(trader);
        Operation operation = operations.find(trader.tenantId(), id).orElseThrow();
        Instant closedAt = Instant.parse("2026-01-05T12:00:00Z");

        operation.beginClosing(CloseReason.TAKE_PROFIT);
        operation.recordExit(OrderExecution.filledExit(
                Quantity.of("0.00033"), Price.of("92400.00"), closedAt, "robson-" + id + "-1"));
        operation.completeClose(closedAt);
        operations.update(operation);

        Operation closed = operations.find(trader.tenantId(), id).orElseThrow();
        assertThat(closed.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.TAKE_PROFIT);
        assertThat(closed.closedAt()).isEqualTo(closedAt);
        assertThat(closed.orders()).hasSize(2);
        assertThat(closed.orders().get(1).clientOrderId()).isEqualTo("robson-" + id + "-1");
        // (92400.00 - 88837.92) x 0.00033 = 1.1754864
        assertThat(closed.realizedPnl()).isEqualByComparingTo("1.1754864");
        assertThat(operations.findByStatus(trader.tenantId(), OperationStatus.CLOSED))
                .hasSize(1);
    }

    @Test
    void whenTwoWritersChangeTheSameVersionThenTheSecondIsRefused() {
        var trader = tenants.newTrader("race");
        long id = tenants.longBtc(trader);
        Operation first = operations.find(trader.tenantId(), id).orElseThrow();
        Operation second = operations.find(trader.tenantId(), id).orElseThrow();
        Price current = Price.of("89245.00");

        first.moveProtection(Price.of("88000.00"), null, current);
        operations.update(first);
        second.moveProtection(Price.of("87500.00"), null, current);

        assertThatThrownBy(() -> operations.update(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(operations.find(trader.tenantId(), id).orElseThrow().stopLoss())
                .isEqualTo(Price.of("88000.00"));
    }
}
