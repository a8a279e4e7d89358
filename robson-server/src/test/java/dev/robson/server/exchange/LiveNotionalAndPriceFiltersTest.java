package dev.robson.server.exchange;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NOTIONAL's maximum for MARKET orders, judged at the average price over avgPriceMins, and
 * PRICE_FILTER's bounds, against a fake Binance that enforces both.
 */
class LiveNotionalAndPriceFiltersTest extends LiveScenario {

    /** The endpoint a test made fail, healed after it. */
    private String failing;

    @AfterEach
    void defaultFilters() {
        if (failing != null) {
            BINANCE.failNextCallsTo(failing, 0, 503);
        }
        BINANCE.setMarketLotSize("BTCUSDC", "0", "9000", "0");
        BINANCE.setNotionalFilter("BTCUSDC", "9000000", true, false, 5);
        BINANCE.averageAtLastPrice("BTCUSDC");
        BINANCE.setPriceBounds("BTCUSDC", "0.01", "1000000");
        exchangeInfo.refresh();
    }

    @Test
    void aCloseAboveTheMaximumNotionalIsSplitIntoOrdersEachWithinItAtTheAveragePrice() {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00050", "88837.92", "87061.16", "92391.44");
        BINANCE.setMarketLotSize("BTCUSDC", "0.00001", "0.00030", "0.00001");
        BINANCE.setNotionalFilter("BTCUSDC", "20", true, true, 5);
        BINANCE.setAveragePrice("BTCUSDC", "80000.00");
        exchangeInfo.refresh();

        var reply = closeByHand(id);

        assertThat(reply.json().get("status").asString()).isEqualTo("CLOSED");
        // At the average 80000.00 the maximum notional 20 allows 20 / 80000.00 = 0.00025 per order,
        // within MARKET_LOT_SIZE's 0.00030: 0.00050 goes as 0.00025 twice. (Judged at the bid
        // 89245.00 it would be 20 / 89245.00 = 0.000224… → 0.00022, 0.00022, 0.00006.)
        assertCloseOrders(id, "0.00025", "0.00025");
        assertThat(eventsOf(id)).doesNotContain("ORDER_REJECTED", "NEEDS_ATTENTION");
        assertThat(BINANCE.calls("/api/v3/avgPrice?symbol=BTCUSDC")).isPositive();
        // Both fill at the bid: 0.00050 x 89245.00 = 44.6225; gross 44.6225 - 0.00050 x 88837.92 (44.41896) = 0.20354.
        assertThat(current(id).realizedPnl()).isEqualByComparingTo("0.20354");
    }

    /**
     * Binance judges at the average over avgPriceMins, or at the last price when that is 0; here
     * both stand at 85000.00 while the bid is 89245.00.
     */
    @ParameterizedTest(name = "avgPriceMins {0}, {1} failing")
    @CsvSource({"5, GET /api/v3/avgPrice", "0, GET /api/v3/ticker/price"})
    void whenTheNotionalPriceCannotBeReadTheCloseIsSplitAtTheExitPrice(int avgPriceMins, String endpoint) {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00050", "88837.92", "87061.16", "92391.44");
        BINANCE.setMarketLotSize("BTCUSDC", "0.00001", "0.00030", "0.00001");
        BINANCE.setNotionalFilter("BTCUSDC", "20", true, true, avgPriceMins);
        BINANCE.setLastPrice("BTCUSDC", "85000.00");
        exchangeInfo.refresh();
        failing = endpoint;
        BINANCE.failNextCallsTo(endpoint, 100, 503);

        var reply = closeByHand(id);

        // Unreadable, the notional price gives way to the exit price, the bid 89245.00: 20 /
        // 89245.00 = 0.000224… → 0.00022 per order, so 0.00022, 0.00022 and 0.00006. (Read,
        // 85000.00 would allow 0.00023, 0.00023 and leave 0.00004 as dust.) The exchange,
        // judging at 85000.00, accepts each: 18.70, 18.70 and 5.10, within 5 to 20.
        assertThat(reply.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(BINANCE.calls(endpoint.substring("GET ".length()) + "?symbol=BTCUSDC"))
                .isPositive();
        assertCloseOrders(id, "0.00022", "0.00022", "0.00006");
        assertThat(eventsOf(id)).doesNotContain("ORDER_REJECTED", "NEEDS_ATTENTION");
        assertThat(current(id).dustQuantity()).isEqualByComparingTo("0");
        // All at the bid: 0.00050 x (89245.00 - 88837.92) = 0.20354.
        assertThat(current(id).realizedPnl()).isEqualByComparingTo("0.20354");
    }

    @Test
    void theLastPieceBelowTheMinimumNotionalAtTheAveragePriceIsDust() {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00056", "88837.92", "87061.16", "92391.44");
        BINANCE.setNotionalFilter("BTCUSDC", "20", true, true, 5);
        BINANCE.setAveragePrice("BTCUSDC", "80000.00");
        exchangeInfo.refresh();

        closeByHand(id);

        // 0.00025, 0.00025, then 0.00006 x 80000.00 = 4.80 under the minimum 5 at the average
        // (5.35 at the bid): the exchange would refuse it, so it stays as dust, never sent.
        assertCloseOrders(id, "0.00025", "0.00025");
        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(current(id).dustQuantity()).isEqualByComparingTo("0.00006");
        assertThat(eventsOf(id)).doesNotContain("ORDER_REJECTED");
    }

    @Test
    void trackingOrMovingAStopOrTargetOutsidePriceFilterIsRefusedWithItsOwnCode() {
        BINANCE.setPriceBounds("BTCUSDC", "1000.00", "100000.00");
        exchangeInfo.refresh();

        // A target of 150000.00 is above PRICE_FILTER's maxPrice 100000.00: no quote ever reaches it.
        var tracked = api.post("/api/operations/", """
                {"symbol":"BTCUSDC","side":"LONG","quantity":"0.00033","entry_price":"88837.92",
                 "stop_loss":"87061.16","take_profit":"150000.00"}""", token);
        assertThat(tracked.status()).isEqualTo(422);
        assertThat(tracked.contentType()).contains("application/problem+json");
        assertThat(tracked.json().get("code").asString()).isEqualTo("price_outside_filter");
        assertThat(tracked.json().get("detail").asString())
                .contains("take_profit")
                .contains("100000");
        assertThat(operations.countOpen(trader.tenantId())).isZero();

        long number = api.track("""
                {"symbol":"BTCUSDC","side":"LONG","quantity":"0.00033","entry_price":"88837.92",
                 "stop_loss":"87061.16","take_profit":"92391.44"}""", token);

        // A stop of 999.99 is below minPrice 1000.00.
        var moved = api.patch("/api/operations/" + number + "/", "{\"stop_loss\":\"999.99\"}", token);
        assertProblem(moved, 422, "price_outside_filter");
        assertThat(current(storedId(number)).stopLoss().value()).isEqualByComparingTo("87061.16");

        var target = api.patch("/api/operations/" + number + "/", "{\"take_profit\":\"100000.01\"}", token);
        assertProblem(target, 422, "price_outside_filter");
        assertThat(current(storedId(number)).takeProfit().value()).isEqualByComparingTo("92391.44");
    }
}
