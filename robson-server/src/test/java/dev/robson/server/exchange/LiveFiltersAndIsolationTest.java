package dev.robson.server.exchange;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** exchangeInfo's filters in full, and one halted market never stopping anyone else's stop. */
class LiveFiltersAndIsolationTest extends LiveScenario {

    @Test
    void whenTheCloseIsAboveMarketLotSizeMaxItIsSplitIntoOrdersTheExchangeAccepts() {
        long id = tenants.longBtc(trader);
        BINANCE.setMarketLotSize("BTCUSDC", "0.00001", "0.00020", "0.00001");
        exchangeInfo.refresh();
        try {
            var reply = closeByHand(id);

            assertThat(reply.json().get("status").asString()).isEqualTo("CLOSED");
            // 0.00033 above MARKET_LOT_SIZE's maxQty 0.00020: 0.00020, then the remaining 0.00013.
            assertCloseOrders(id, "0.00020", "0.00013");
            assertThat(eventsOf(id)).doesNotContain("ORDER_REJECTED");
        } finally {
            BINANCE.setMarketLotSize("BTCUSDC", "0", "9000", "0");
            exchangeInfo.refresh();
        }
    }

    @Test
    void whenTrackingAPositionWorthLessThanTheMinimumNotionalThenItIsRefusedAsUnclosable() {
        // 0.00005 x 89245.00 = 4.46 USDC, under BTCUSDC's minimum notional of 5.
        var reply = api.post("/api/operations/", track("0.00005", "87061.16"), token);

        assertProblem(reply, 422, "below_min_notional");
    }

    @Test
    void whenTrackingAPositionThatFallsBelowTheMinimumNotionalAtItsStopThenItIsRefused() {
        // 0.00006 x 89245.00 = 5.35 now, but 0.00006 x 80000.00 = 4.80 at the stop: the stop could never fill.
        var reply = api.post("/api/operations/", track("0.00006", "80000.00"), token);

        assertProblem(reply, 422, "exit_below_min_notional");
    }

    @Test
    void whenMovingTheStopWhereThePositionCouldNotBeSoldThenItIsRefusedAndTheStopStays() {
        // 0.00006 x 87000.00 = 5.22 at the stop: closable.
        long number = api.track(track("0.00006", "87000.00"), token);
        long id = storedId(number);

        // 0.00006 x 83000.00 = 4.98, under 5.
        var moved = api.patch("/api/operations/" + number + "/", "{\"stop_loss\":\"83000.00\"}", token);

        assertProblem(moved, 422, "exit_below_min_notional");
        assertThat(current(id).stopLoss().value()).isEqualByComparingTo("87000.00");
    }

    @Test
    void whenASymbolStopsTradingItsOperationsStillLoadAndShowAndAnotherTenantsStopStillCloses() {
        long halted = tenants.holding(trader, "ETHUSDC", Side.BUY, "0.0500", "2900.00", "2800.00", "3100.00");
        var other = tenants.newTrader("other-live");
        String otherKey = ExchangeKeys.newKey(other, BINANCE, vault);
        BINANCE.setBalance(otherKey, "BTC", "1", "0");
        long guarded = tenants.longBtc(other);
        BINANCE.setSymbolStatus("ETHUSDC", "BREAK");
        exchangeInfo.refresh();
        try {
            JsonNode positions =
                    api.get("/api/portfolio/positions/", token).json().get("positions");
            assertThat(positions).singleElement().satisfies(position -> {
                assertThat(position.get("operation_id").asLong()).isEqualTo(tenants.numberOf(halted));
                assertThat(position.get("market_status").asString()).isEqualTo("BREAK");
            });

            // Both tenants' stops crossed; ETHUSDC cannot trade, BTCUSDC closes.
            BINANCE.setBook("ETHUSDC", "2790.00", "2790.01");
            BINANCE.setBook("BTCUSDC", "87000.00", "87000.01");
            monitor.tick();

            assertThat(operations.find(other.tenantId(), guarded).orElseThrow().status())
                    .isEqualTo(OperationStatus.CLOSED);
            assertThat(current(halted).status()).isEqualTo(OperationStatus.ACTIVE);

            // Gone from exchangeInfo altogether: it still loads, and shows without a price.
            BINANCE.delist("ETHUSDC");
            exchangeInfo.refresh();
            var listed = api.get("/api/portfolio/positions/", token);
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.json()
                            .get("positions")
                            .get(0)
                            .get("market_status")
                            .asString())
                    .isEqualTo("NOT_LISTED");
            assertThat(api.operation(tenants.numberOf(halted), token)
                            .get("market_status")
                            .asString())
                    .isEqualTo("NOT_LISTED");
        } finally {
            BINANCE.setSymbolStatus("ETHUSDC", "TRADING");
            BINANCE.setBook("ETHUSDC", "3012.45", "3012.46");
            exchangeInfo.refresh();
        }
    }

    private static String track(String quantity, String stop) {
        return """
                {"symbol":"BTCUSDC","side":"LONG","quantity":"%s","entry_price":"88837.92",
                 "stop_loss":"%s","take_profit":"92391.44"}""".formatted(quantity, stop);
    }
}
