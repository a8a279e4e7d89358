package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.server.exchange.binance.fake.ReceivedOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Fees end to end in live mode: what a close sells, what it realized gross and net. */
class LiveFeesTest extends LiveScenario {

    @Test
    void operationOneWithItsEntryFeeTakenInBtcClosesAtItsStopSellingWhatItHoldsAndKeepsGrossAndNetPnl() {
        // Binance took the entry's 0.1 % in BTC: 0.00033 x 0.001 = 0.00000033, so 0.00032967 reached the account.
        BINANCE.setBalance(apiKey, "BTC", "0.00032967", "0");
        BINANCE.setBalance(apiKey, "USDC", "0", "0");
        var tracked = api.post("/api/operations/", """
                {"symbol":"BTCUSDC","side":"LONG","quantity":"0.00033","entry_price":"88837.92",
                 "stop_loss":"87061.16","take_profit":"92391.44","opened_at":"2025-12-22T14:30:00Z",
                 "entry_fee":"0.00000033","entry_fee_asset":"BTC"}""", token);
        assertThat(tracked.status()).isEqualTo(201);
        long number = tracked.json().get("operation_id").asLong();
        long id = storedId(number);
        // Held net of the fee; the fee valued at the fill price: 0.00000033 x 88837.92 = 0.0293165136.
        assertThat(tracked.json().get("quantity").asString()).isEqualTo("0.00033");
        assertThat(tracked.json().get("fees_paid").asString()).isEqualTo("0.03");

        JsonNode position = api.get("/api/portfolio/positions/", token)
                .json()
                .get("positions")
                .get(0);
        // At the bid 89245.00: value 0.00032967 x 89245.00 = 29.42139915; exit fee 0.1 % of it = 0.0294213991...;
        // P&L (89245.00 - 88837.92) x 0.00032967 = 0.1342020636; net 0.1342020636 - 0.0293165136 - 0.02942139915
        // = 0.07546415085.
        assertThat(position.get("fees_paid").asString()).isEqualTo("0.03");
        assertThat(position.get("estimated_exit_fee").asString()).isEqualTo("0.03");
        assertThat(position.get("unrealized_pnl").asString()).isEqualTo("0.13");
        assertThat(position.get("unrealized_pnl_net").asString()).isEqualTo("0.08");

        BINANCE.setBook("BTCUSDC", "87061.16", "87061.17");
        monitor.tick();

        // min(held 0.00032967, free 0.00032967) floored to the 0.00001 step: one SELL of 0.00032.
        assertThat(ordersOf(id)).singleElement().satisfies(order -> {
            assertThat(order.side()).isEqualTo("SELL");
            assertThat(order.origQty()).isEqualByComparingTo("0.00032");
        });
        Operation closed = current(id);
        assertThat(closed.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
        // Proceeds 0.00032 x 87061.16 = 27.8595712; gross 27.8595712 - 88837.92 x 0.00032 (28.4281344) = -0.5685632.
        assertThat(closed.realizedPnl()).isEqualByComparingTo("-0.5685632");
        // Exit fee 0.1 % of 27.8595712 = 0.0278595712, 0.02785957 as Binance rounds it to 8 decimals;
        // fees 0.0293165136 + 0.02785957 = 0.0571760836; net -0.5685632 - 0.0571760836 = -0.6257392836.
        assertThat(closed.feesPaid()).isEqualByComparingTo("0.0571760836");
        assertThat(closed.realizedNetPnl()).isEqualByComparingTo("-0.6257392836");
        // 0.00032967 - 0.00032 = 0.00000967 is below one step: dust, not an open position.
        assertThat(closed.dustQuantity()).isEqualByComparingTo("0.00000967");
        JsonNode shown = api.operation(number, token);
        assertThat(shown.get("realized_pnl").asString()).isEqualTo("-0.57");
        assertThat(shown.get("realized_pnl_net").asString()).isEqualTo("-0.63");
        assertThat(shown.get("fees_paid").asString()).isEqualTo("0.06");
        assertThat(shown.get("dust_quantity").asString()).isEqualTo("0.00000967");
        // Per asset: the entry's 0.00000033 BTC (0.0293165136 -> 0.03 USDC) and the exit's 0.02785957 USDC (0.03).
        assertThat(shown.get("fees")).hasSize(2);
        assertThat(shown.get("fees").get(0).get("asset").asString()).isEqualTo("BTC");
        assertThat(shown.get("fees").get(0).get("amount").asString()).isEqualTo("0.00000033");
        assertThat(shown.get("fees").get(0).get("quote_value").asString()).isEqualTo("0.03");
        assertThat(shown.get("fees").get(1).get("asset").asString()).isEqualTo("USDC");
        assertThat(shown.get("fees").get(1).get("amount").asString()).isEqualTo("0.02785957");
        assertThat(shown.get("fees").get(1).get("quote_value").asString()).isEqualTo("0.03");
        // The account: 27.8595712 - 0.02785957 = 27.83171163 USDC in, 0.00000967 BTC left.
        assertThat(BINANCE.freeBalance(apiKey, "USDC")).isEqualByComparingTo("27.83171163");
        assertThat(BINANCE.freeBalance(apiKey, "BTC")).isEqualByComparingTo("0.00000967");
        assertThat(eventsOf(id))
                .contains("CLOSING", "ORDER_SENT", "FILLED", "CLOSED")
                .doesNotContain("ORDER_REJECTED");
        assertThat(events.of(trader.tenantId(), id).getFirst().detail())
                .contains("87061.16")
                .contains("the quote that triggered it");
    }

    @Test
    void whenTheAccountHoldsLessThanTheOperationTheCloseSellsTheFreeBalanceAndNeverGetsInsufficientBalance() {
        // Tracked as 0.00033 although the entry's BTC fee left 0.00032967: the account, not the operation, decides.
        long id = tenants.longBtc(trader);
        BINANCE.setBalance(apiKey, "BTC", "0.00032967", "0");

        var reply = closeByHand(id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("CLOSED");
        assertCloseOrders(id, "0.00032");
        // What the operation still counted (0.00033 - 0.00032 = 0.00001) is not in the account: dust.
        assertThat(reply.json().get("dust_quantity").asString()).isEqualTo("0.00001");
        assertThat(eventsOf(id)).doesNotContain("ORDER_REJECTED", "NEEDS_ATTENTION");
    }

    @Test
    void whenTheCommissionIsPaidInBnbItIsValuedAtTheBnbBidAndTakenFromNetPnl() {
        long id = tenants.longBtc(trader);
        BINANCE.setBalance(apiKey, "BNB", "1", "0");
        BINANCE.payCommissionInBnb(true);

        closeByHand(id);

        ReceivedOrder sold = ordersOf(id).getFirst();
        // Proceeds 0.00033 x 89245.00 = 29.45085; 0.1 % a quarter off at BNB's bid 600.00:
        // 29.45085 x 0.001 x 0.75 / 600.00 = 0.0000368135625, 0.00003681 BNB at 8 decimals.
        assertThat(sold.commissionAsset()).isEqualTo("BNB");
        assertThat(sold.commission()).isEqualByComparingTo("0.00003681");
        Operation closed = current(id);
        // Valued at the BNB bid: 0.00003681 x 600.00 = 0.022086; gross 29.45085 - 29.3165136 = 0.1343364;
        // net 0.1343364 - 0.022086 = 0.1122504.
        assertThat(closed.feesPaid()).isEqualByComparingTo("0.022086");
        assertThat(closed.realizedPnl()).isEqualByComparingTo("0.1343364");
        assertThat(closed.realizedNetPnl()).isEqualByComparingTo("0.1122504");
        assertThat(closed.orders().getLast().fee().asset()).isEqualTo("BNB");
        assertThat(closed.orders().getLast().fee().amount()).isEqualByComparingTo("0.00003681");
        assertThat(events.of(trader.tenantId(), id))
                .anySatisfy(event -> assertThat(event.detail()).contains("0.00003681 BNB"));
        // The operation shows the fee in BNB as charged, and its worth 0.022086 rounded as USDC money: 0.02.
        JsonNode shown = api.operation(tenants.numberOf(id), token);
        assertThat(shown.get("fees_paid").asString()).isEqualTo("0.02");
        assertThat(shown.get("fees")).singleElement().satisfies(fee -> {
            assertThat(fee.get("asset").asString()).isEqualTo("BNB");
            assertThat(fee.get("amount").asString()).isEqualTo("0.00003681");
            assertThat(fee.get("quote_value").asString()).isEqualTo("0.02");
        });
    }

    @Test
    void whenTheCloseFillsAcrossSeveralPricesEachFillCountsOnceAtItsOwnPrice() {
        long id = tenants.longBtc(trader);
        BINANCE.setBookLevels("BTCUSDC", List.of("89245.00@0.00020", "89240.00@1"), List.of("89245.01@1"));

        closeByHand(id);

        ReceivedOrder sold = ordersOf(id).getFirst();
        assertThat(sold.fills()).hasSize(2);
        Operation closed = current(id);
        // 0.00020 x 89245.00 = 17.849 and 0.00013 x 89240.00 = 11.6012: proceeds 29.4502 exactly;
        // gross 29.4502 - 0.00033 x 88837.92 (29.3165136) = 0.1336864.
        assertThat(closed.realizedPnl()).isEqualByComparingTo("0.1336864");
        // Fees 0.1 % of each fill: 0.017849 + 0.0116012 = 0.0294502; net 0.1336864 - 0.0294502 = 0.1042362.
        assertThat(closed.feesPaid()).isEqualByComparingTo("0.0294502");
        assertThat(closed.realizedNetPnl()).isEqualByComparingTo("0.1042362");
        assertThat(closed.openQuantity()).isEqualByComparingTo("0");
    }
}
