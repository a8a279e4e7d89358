package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import org.junit.jupiter.api.Test;

/**
 * A SHORT's close buys back with the quote asset: capped by what the account has free, as a
 * LONG's is by its free base asset, so the exchange's balance check never refuses it.
 */
class LiveShortCloseTest extends LiveScenario {

    @Test
    void aShortBuysBackWhatItsFreeQuoteAffordsAndTheRestWaitsForAPersonNotARefusalLoop() {
        long id = tenants.holding(trader, "BTCUSDC", Side.SELL, "0.00050", "90000.00", "92000.00", "85000.00");
        long number = tenants.numberOf(id);
        BINANCE.setBalance(apiKey, "USDC", "20.00", "0");

        var reply = api.post("/api/operations/" + number + "/close/", "", token);

        // At the ask 89245.01 the free 20.00 USDC buys 20.00 / 89245.01 = 0.000224…, floored to
        // the 0.00001 step: 0.00022 (cost 0.00022 x 89245.01 = 19.6339022). Asking for all 0.00050
        // (44.622505 USDC) would be refused -2010 every time.
        assertThat(ordersOf(id)).singleElement().satisfies(order -> {
            assertThat(order.side()).isEqualTo("BUY");
            assertThat(order.origQty()).isEqualByComparingTo("0.00022");
        });
        assertThat(BINANCE.freeBalance(apiKey, "USDC")).isEqualByComparingTo("0.3660978");
        // 0.3660978 USDC buys less than one step: the remaining 0.00028 is owed, never dust.
        assertThat(reply.json().get("status").asString()).isEqualTo("CLOSING");
        assertThat(current(id).openQuantity()).isEqualByComparingTo("0.00028");
        assertThat(current(id).dustQuantity()).isEqualByComparingTo("0");
        assertThat(attentionOf(id))
                .contains("0.00028 BTC cannot be bought back")
                .contains("0.3660978 USDC")
                .contains("retry");
        assertThat(eventsOf(id)).doesNotContain("ORDER_REJECTED");

        // The trader adds USDC and retries: 0.00028 x 89245.01 = 24.9886028 out of 30.3660978.
        BINANCE.setBalance(apiKey, "USDC", "30.3660978", "0");
        var retried = api.post("/api/operations/" + number + "/close/retry/", "", token);

        assertThat(retried.status()).isEqualTo(200);
        assertCloseOrders(id, "0.00022", "0.00028");
        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(attentionOf(id)).isNull();
        assertThat(BINANCE.freeBalance(apiKey, "USDC")).isEqualByComparingTo("5.377495");
        // A SHORT gains entry - exit: (90000.00 - 89245.01) x 0.00050 = 754.99 x 0.0005 = 0.377495.
        assertThat(current(id).realizedPnl()).isEqualByComparingTo("0.377495");
        assertThat(eventsOf(id)).doesNotContain("ORDER_REJECTED");
    }

    @Test
    void aShortWhoseQuoteCoversItBuysBackInOneOrder() {
        long id = tenants.holding(trader, "BTCUSDC", Side.SELL, "0.00050", "90000.00", "92000.00", "85000.00");
        BINANCE.setBalance(apiKey, "USDC", "100", "0");

        var reply = closeByHand(id);

        // 100 / 89245.01 = 0.00112… affords more than the 0.00050 owed: one BUY of 0.00050.
        assertThat(reply.json().get("status").asString()).isEqualTo("CLOSED");
        assertCloseOrders(id, "0.00050");
        // 100 - 0.00050 x 89245.01 (44.622505) = 55.377495.
        assertThat(BINANCE.freeBalance(apiKey, "USDC")).isEqualByComparingTo("55.377495");
    }
}
