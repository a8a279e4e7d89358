package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Order identity and unknown outcomes: never sell twice, never close on someone else's order. */
class LiveUnknownOutcomesTest extends LiveScenario {

    private static final Duration FOLLOW_UP = Duration.ofSeconds(15);

    @Test
    void whenTheExchangeAnswersMinus1006AfterFillingTheOrderIsLookedUpWithinSecondsAndNotSentAgain() {
        long id = tenants.longBtc(trader);
        BINANCE.unexpectedResponseNextOrder();

        var reply = closeByHand(id);

        assertThat(reply.json().get("status").asString()).isEqualTo("CLOSING");
        // No sweep runs in this test: the close's own follow-up finds the fill.
        Eventually.within(
                FOLLOW_UP,
                "the -1006 order is found and recorded",
                () -> current(id).status() == OperationStatus.CLOSED);
        assertThat(ordersOf(id)).hasSize(1);
        assertThat(eventsOf(id)).contains("ORDER_UNKNOWN", "FILLED", "CLOSED").doesNotContain("ORDER_REJECTED");
        // (89245.00 - 88837.92) x 0.00033 = 0.1343364
        assertThat(current(id).realizedPnl()).isEqualByComparingTo("0.1343364");
    }

    @Test
    void whenACloseFilledButItsAnswerIsUnreadableTheOrderIsLookedUpAndNotSentAgain() {
        long id = tenants.longBtc(trader);
        BINANCE.unreadableAnswerNextOrder();

        var reply = closeByHand(id);

        assertThat(reply.status()).isEqualTo(200);
        Eventually.within(
                FOLLOW_UP,
                "the order behind the unreadable answer is found and recorded",
                () -> current(id).status() == OperationStatus.CLOSED);
        assertThat(ordersOf(id))
                .singleElement()
                .satisfies(order -> assertThat(order.executedQty()).isEqualByComparingTo("0.00033"));
        assertThat(eventsOf(id)).contains("ORDER_UNKNOWN", "FILLED", "CLOSED").doesNotContain("ORDER_REJECTED");
        // (89245.00 - 88837.92) x 0.00033 = 0.1343364
        assertThat(current(id).realizedPnl()).isEqualByComparingTo("0.1343364");
    }

    @Test
    void whenAPartiallyFilledReportIsFollowedByFilledTheFillsCountOnceAndNothingIsLeftOpen() {
        long id = tenants.longBtc(trader);
        BINANCE.setBookLevels("BTCUSDC", List.of("89245.00@0.00020", "89240.00@1"), List.of("89245.01@1"));
        BINANCE.reportNextOrderPartlyFilledFirst();

        Operation partly = closer.close(trader.tenantId(), id, CloseReason.MANUAL);
        assertThat(partly.status()).isEqualTo(OperationStatus.CLOSING);
        // The answer showed 0.00020 of 0.00033 PARTIALLY_FILLED: counted, not final.
        assertThat(partly.openQuantity()).isEqualByComparingTo("0.00013");

        Eventually.within(
                FOLLOW_UP,
                "the lookups report the order FILLED",
                () -> current(id).status() == OperationStatus.CLOSED);
        Operation closed = current(id);
        assertThat(ordersOf(id)).hasSize(1);
        // The FILLED report replaced the partial one: exits total 0.00033, not 0.00020 + 0.00033.
        assertThat(closed.openQuantity()).isEqualByComparingTo("0");
        // 17.849 + 11.6012 = 29.4502 proceeds, less 29.3165136 cost: 0.1336864 gross;
        // fees from the trades, 0.017849 + 0.0116012 = 0.0294502, each once.
        assertThat(closed.realizedPnl()).isEqualByComparingTo("0.1336864");
        assertThat(closed.feesPaid()).isEqualByComparingTo("0.0294502");
    }

    @Test
    void whenTheExchangeHoldsAnotherOrderUnderTheSameClientIdItIsNotTakenForTheClose() {
        long id = tenants.longBtc(trader);
        // Another database (a restored copy) once placed an order under exactly the id this close will use.
        BINANCE.seedOrder(
                apiKey,
                "BTCUSDC",
                "SELL",
                "0.50000",
                "95000.00",
                ids.forClose(id, 1),
                Instant.parse("2025-06-01T10:00:00Z").toEpochMilli());

        var reply = closeByHand(id);

        // Binance refused the duplicate id; the lookup found an order that is not ours: nothing counted, nothing
        // resent.
        assertThat(reply.json().get("status").asString()).isEqualTo("CLOSING");
        Eventually.within(FOLLOW_UP, "the mismatch is flagged", () -> attentionOf(id) != null);
        Operation stillClosing = current(id);
        assertThat(stillClosing.status()).isEqualTo(OperationStatus.CLOSING);
        assertThat(stillClosing.realizedPnl()).isEqualByComparingTo("0");
        assertThat(stillClosing.openQuantity()).isEqualByComparingTo("0.00033");
        assertThat(attentionOf(id)).contains("not the close Robson sent");
        assertThat(eventsOf(id)).contains("ORDER_UNKNOWN", "ORDER_MISMATCH");
        closer.reconcile(current(id));
        assertThat(ordersOf(id)).isEmpty();
    }

    @Test
    void whenALookupIsRefusedForTheKeyAttentionIsRaisedAtOnce() {
        long id = tenants.longBtc(trader);
        BINANCE.unexpectedResponseNextOrder();
        BINANCE.refuseLookupsWithAuthError(1);

        closer.close(trader.tenantId(), id, CloseReason.MANUAL);

        Eventually.within(FOLLOW_UP, "the refused lookup is flagged", () -> attentionOf(id) != null);
        assertThat(attentionOf(id)).contains("refused").contains("-2015");
        // Once the key works again the next lookup finds the fill.
        Eventually.within(FOLLOW_UP, "a later lookup closes it", () -> {
            closer.reconcile(current(id));
            return current(id).status() == OperationStatus.CLOSED;
        });
        assertThat(ordersOf(id)).hasSize(1);
    }

    @Test
    void clientOrderIdsCarryThisInstallationsPrefixAndFitBinancesLimit() {
        String prefix = ids.prefix();

        assertThat(prefix).matches("[a-z0-9]{6}").isEqualTo(ids.prefix());
        // The longest operation id and a three-digit attempt still fit Binance's 36 characters.
        assertThat(ids.forClose(Long.MAX_VALUE, 999))
                .hasSizeLessThanOrEqualTo(36)
                .startsWith("rb" + prefix + "-")
                .matches("[.A-Z:/a-z0-9_-]+");
    }
}
