package dev.robson.server.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.FixedQuotes;
import dev.robson.server.support.MutableClock;
import dev.robson.server.support.TestTenants;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The close path against a scripted exchange: exactly one order per close, whatever is lost
 * on the way (answers, processes), and a person alerted when it cannot be done.
 */
@ApiTest
class CloseAndMonitorTest {

    @Autowired
    OperationRepository operations;

    @Autowired
    CloseOrderRepository closeOrders;

    @Autowired
    OperationEventLog events;

    @Autowired
    QuoteSource quotes;

    @Autowired
    FixedQuotes fixedQuotes;

    @Autowired
    SymbolCatalog symbols;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestTenants tenants;

    @Autowired
    ApplicationContext context;

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
    final ScriptedExecutor exchange = new ScriptedExecutor();
    OperationCloser closer;
    TestTenants.Trader trader;

    @BeforeEach
    void setUp() {
        fixedQuotes.setUsualBtcBook();
        closer = TestClosers.closer(context, exchange, clock);
        trader = tenants.newTrader("closer");
    }

    @Test
    void whenClosedThenOneOrderForTheOpenQuantityAndTheRealizedPnlIsKept() {
        long id = tenants.longBtc(trader);
        exchange.fillAt("87050.00");

        Operation closed = closer.close(trader.tenantId(), id, CloseReason.STOP_LOSS);

        assertThat(closed.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
        assertThat(exchange.received()).singleElement().satisfies(order -> {
            assertThat(order.side()).isEqualTo(Side.SELL);
            assertThat(order.quantity()).isEqualByComparingTo("0.00033");
            assertThat(order.clientOrderId()).matches("rb[a-z0-9]{6}-" + id + "-c1");
        });
        // (87050.00 - 88837.92) x 0.00033 = -0.5900136
        assertThat(closed.realizedPnl()).isEqualByComparingTo("-0.5900136");
        assertThat(events.of(trader.tenantId(), id))
                .extracting(OperationEventLog.Event::event)
                .containsExactly("CLOSING", "ORDER_SENT", "FILLED", "CLOSED");
    }

    @Test
    void whenClosingTwiceThenTheSecondIsRefusedAndNothingIsSent() {
        long id = tenants.longBtc(trader);
        closer.close(trader.tenantId(), id, CloseReason.MANUAL);

        assertThatThrownBy(() -> closer.close(trader.tenantId(), id, CloseReason.STOP_LOSS))
                .hasMessageContaining("CLOSED");
        assertThat(exchange.received()).hasSize(1);
    }

    @Test
    void whenTheAnswerIsLostThenTheOrderIsLookedUpAndNeverSentTwice() {
        long id = tenants.longBtc(trader);
        exchange.next(ScriptedExecutor.Next.FILL_THEN_LOSE_ANSWER);

        Operation afterSend = closer.close(trader.tenantId(), id, CloseReason.STOP_LOSS);
        assertThat(afterSend.status()).isEqualTo(OperationStatus.CLOSING);

        // Too early to judge: the order may still be in flight.
        closer.reconcile(afterSend);
        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSING);

        clock.advance(Duration.ofSeconds(6));
        closer.reconcile(current(id));

        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(exchange.received()).hasSize(1);
    }

    @Test
    void whenTheProcessDiesAfterSendingThenTheNextOneRecordsTheFillWithoutResending() {
        long id = tenants.longBtc(trader);
        exchange.next(ScriptedExecutor.Next.FILL_THEN_CRASH);
        assertThatThrownBy(() -> closer.close(trader.tenantId(), id, CloseReason.TAKE_PROFIT))
                .isInstanceOf(IllegalStateException.class);
        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSING);

        // A new process: same database, same exchange, a fresh closer.
        var restarted = TestClosers.closer(context, exchange, clock);
        clock.advance(Duration.ofSeconds(6));
        restarted.reconcile(current(id));

        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(current(id).closeReason()).isEqualTo(CloseReason.TAKE_PROFIT);
        assertThat(exchange.received()).hasSize(1);
    }

    @Test
    void whenTheOrderNeverReachedTheExchangeThenItIsLookedUpAndOnlyThenTheNextAttemptIsSent() {
        long id = tenants.longBtc(trader);
        exchange.next(ScriptedExecutor.Next.LOST_ON_THE_WAY);

        Operation afterSend = closer.close(trader.tenantId(), id, CloseReason.STOP_LOSS);
        assertThat(afterSend.status()).isEqualTo(OperationStatus.CLOSING);
        assertThat(exchange.received()).as("orders that reached the exchange").isEmpty();

        // Too early to judge: the order may still be in flight, so nothing is sent again.
        closer.reconcile(current(id));
        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSING);
        assertThat(exchange.received()).isEmpty();

        clock.advance(Duration.ofSeconds(6));
        closer.reconcile(current(id));

        assertThat(exchange.lookedUp()).first(STRING).matches("rb[a-z0-9]{6}-" + id + "-c1");
        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(exchange.received())
                .singleElement()
                .satisfies(order -> assertThat(order.clientOrderId()).endsWith("-c2"));
    }

    @Test
    void whenTheExchangeRejectedTheOrderThenTheNextAttemptIsSent() {
        long id = tenants.longBtc(trader);
        exchange.next(ScriptedExecutor.Next.REJECT);
        closer.close(trader.tenantId(), id, CloseReason.STOP_LOSS);
        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSING);

        closer.reconcile(current(id));

        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(exchange.received())
                .singleElement()
                .satisfies(order -> assertThat(order.clientOrderId()).endsWith("-c2"));
    }

    @Test
    void whenTheExchangeKeepsRejectingThenAfterThreeAPersonIsAskedAndOnlyTheirRetrySends() {
        long id = tenants.longBtc(trader);
        exchange.keepRejecting();

        closer.close(trader.tenantId(), id, CloseReason.STOP_LOSS);
        closer.reconcile(current(id));
        assertThat(operations.attentionOf(trader.tenantId(), List.of(id))).doesNotContainKey(id);
        closer.reconcile(current(id));
        assertThat(exchange.refused()).hasSize(3);
        assertThat(operations.attentionOf(trader.tenantId(), List.of(id)).get(id))
                .isEqualTo("The exchange rejected the close order 3 times: "
                        + "Account has insufficient balance for requested action.");

        closer.reconcile(current(id));
        assertThat(exchange.refused()).as("nothing more is sent by itself").hasSize(3);

        exchange.stopRejecting();
        closer.reconcile(current(id), true);
        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(exchange.received())
                .singleElement()
                .satisfies(order -> assertThat(order.clientOrderId()).endsWith("-c4"));
    }

    @Test
    void whenPartlyFilledThenTheRemainderIsSentNext() {
        tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00100", "88000.00", "87000.00", "92000.00");
        long id = operations
                .findByStatus(trader.tenantId(), OperationStatus.ACTIVE)
                .getFirst()
                .id();
        exchange.next(ScriptedExecutor.Next.HALF_FILL);

        Operation partly = closer.close(trader.tenantId(), id, CloseReason.STOP_LOSS);
        assertThat(partly.status()).isEqualTo(OperationStatus.CLOSING);
        assertThat(partly.openQuantity()).isEqualByComparingTo("0.00050");

        closer.reconcile(partly);

        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(exchange.received())
                .extracting(CloseOrder::quantity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.001"), new BigDecimal("0.0005"));
    }

    @Test
    void whenTheOpenQuantityIsBelowTheMinimumNotionalThenAPersonIsAskedAndNothingIsSent() {
        // 0.00005 BTC at 89,245 is 4.46 USDC, under BTCUSDC's minimum of 5.
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00005", "88837.92", "87061.16", "92391.44");

        Operation flagged = closer.close(trader.tenantId(), id, CloseReason.STOP_LOSS);

        assertThat(exchange.received()).isEmpty();
        assertThat(flagged.status()).isEqualTo(OperationStatus.CLOSING);
        assertThat(operations.attentionOf(trader.tenantId(), List.of(id)).get(id))
                .contains("below the minimum notional 5 USDC");
        closer.reconcile(current(id));
        assertThat(events.of(trader.tenantId(), id))
                .extracting(OperationEventLog.Event::event)
                .containsOnlyOnce("NEEDS_ATTENTION");
    }

    private Operation current(long id) {
        return operations.find(trader.tenantId(), id).orElseThrow();
    }
}
