package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.server.exchange.binance.fake.ReceivedOrder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Live trading against a fake Binance: the stop monitor's MARKET orders reach the exchange
 * signed with the tenant's own key, exactly once, whatever answer is lost on the way.
 */
class LiveTradingTest extends LiveScenario {

    @Test
    void whenThePriceCrossesTheStopThenExactlyOneSignedMarketOrderSellsTheOpenQuantity() {
        long id = tenants.longBtc(trader);
        BINANCE.setBook("BTCUSDC", "87000.00", "87000.01");

        monitor.tick();
        monitor.tick();

        List<ReceivedOrder> sent = ordersOf(id);
        assertThat(sent).singleElement().satisfies(order -> {
            assertThat(order.side()).isEqualTo("SELL");
            assertThat(order.type()).isEqualTo("MARKET");
            assertThat(order.origQty()).isEqualByComparingTo("0.00033");
            assertThat(order.apiKey()).isEqualTo(apiKey);
        });
        Operation closed = current(id);
        assertThat(closed.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
        // Sold at the fake's bid, 87000.00: (87000.00 - 88837.92) x 0.00033 = -0.6065136
        assertThat(closed.realizedPnl()).isEqualByComparingTo("-0.6065136");
    }

    /** Answers lost after the exchange filled the close order: neither tells whether it did. */
    static Stream<Named<Runnable>> answersLostAfterFilling() {
        return Stream.of(
                Named.of("a time-out", BINANCE::timeOutNextOrder), Named.of("a 5xx", () -> BINANCE.failNextOrder(503)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersLostAfterFilling")
    void whenTheAnswerIsLostAfterFillingThenTheOrderIsFoundByClientOrderIdAndNotSentAgain(Runnable loseTheAnswer) {
        long id = tenants.longBtc(trader);
        loseTheAnswer.run();

        Operation afterSend = closer.close(trader.tenantId(), id, CloseReason.MANUAL);
        assertThat(afterSend.status()).isEqualTo(OperationStatus.CLOSING);

        closer.reconcile(current(id));

        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(ordersOf(id)).hasSize(1);
    }

    @Test
    void whenOnlyPartlyFilledThenTheRemainderGoesInASecondOrder() {
        long id = tenants.longBtc(trader);
        BINANCE.partiallyFillNextOrder("0.00020", "EXPIRED");

        Operation partly = closer.close(trader.tenantId(), id, CloseReason.MANUAL);
        assertThat(partly.status()).isEqualTo(OperationStatus.CLOSING);
        closer.reconcile(current(id));

        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertCloseOrders(id, "0.00033", "0.00013");
    }
}
