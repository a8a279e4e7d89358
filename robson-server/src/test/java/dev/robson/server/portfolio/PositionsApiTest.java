package dev.robson.server.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.OrderPurpose;
import dev.robson.core.operation.OrderStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.FixedQuotes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The positions endpoint, with every number worked out by hand from the quotes it was given. */
@ApiTest
class PositionsApiTest extends ApiFixture {

    @BeforeEach
    void setUp() {
        quotes.setUsualBtcBook();
        quotes.set("ETHUSDC", "2949.99", "2950.01");
    }

    @Test
    void whenLongIsOpenThenPositionFollowsTheMoneyRules() {
        var trader = tenants.newTrader("long");
        long id = tenants.number(trader, tenants.longBtc(trader));

        JsonNode position =
                onlyPosition(api.get("/api/portfolio/positions/", login(trader)).json());

        assertThat(position.get("operation_id").asLong()).isEqualTo(id);
        assertThat(text(position, "symbol")).isEqualTo("BTCUSDC");
        assertThat(text(position, "side")).isEqualTo("BUY");
        assertThat(text(position, "direction")).isEqualTo("LONG");
        assertThat(text(position, "status")).isEqualTo("OPEN");
        assertThat(text(position, "quantity")).isEqualTo("0.00033");
        assertThat(text(position, "entry_price")).isEqualTo("88837.92");
        // A LONG closes by selling: it is worth the best bid, not the ask or the last trade.
        assertThat(text(position, "current_price")).isEqualTo("89245.00");
        // (89245.00 - 88837.92) x 0.00033 = 0.1343364
        assertThat(text(position, "unrealized_pnl")).isEqualTo("0.13");
        // 0.1343364 / 29.3165136 x 100 = 0.4582...
        assertThat(text(position, "unrealized_pnl_percent")).isEqualTo("0.46");
        assertThat(text(position, "stop_loss")).isEqualTo("87061.16");
        assertThat(text(position, "take_profit")).isEqualTo("92391.44");
        // (87061.16 - 89245.00) / 89245.00 x 100 = -2.4470...
        assertThat(text(position, "distance_to_stop_percent")).isEqualTo("-2.45");
        // (92391.44 - 89245.00) / 89245.00 x 100 = 3.5256...
        assertThat(text(position, "distance_to_target_percent")).isEqualTo("3.53");
        // (87061.16 - 88837.92) x 0.00033 = -0.5863308
        assertThat(text(position, "risk_at_stop")).isEqualTo("-0.59");
        // (92391.44 - 88837.92) x 0.00033 = 1.1726616
        assertThat(text(position, "reward_at_target")).isEqualTo("1.17");
        assertThat(text(position, "position_value")).isEqualTo("29.45");
        assertThat(text(position, "cost_basis")).isEqualTo("29.32");
        assertThat(text(position, "quote_asset")).isEqualTo("USDC");
        assertThat(text(position, "opened_at")).isEqualTo("2025-12-22T14:30:00Z");
        assertThat(position.get("price_timestamp").asLong()).isEqualTo(FixedQuotes.READ_AT.getEpochSecond());
        assertThat(position.get("price_stale").asBoolean()).isFalse();
        assertThat(text(position, "price_source")).isEqualTo("SIMULATED");
    }

    @Test
    void whenShortIsOpenThenItIsValuedAtTheAsk() {
        var trader = tenants.newTrader("short");
        tenants.holding(trader, "ETHUSDC", Side.SELL, "0.0500", "3000.00", "3100.00", "2800.00");

        JsonNode position =
                onlyPosition(api.get("/api/portfolio/positions/", login(trader)).json());

        assertThat(text(position, "direction")).isEqualTo("SHORT");
        assertThat(text(position, "current_price")).isEqualTo("2950.01");
        // (3000.00 - 2950.01) x 0.05 = 2.4995, HALF_UP
        assertThat(text(position, "unrealized_pnl")).isEqualTo("2.50");
        assertThat(text(position, "unrealized_pnl_percent")).isEqualTo("1.67");
        assertThat(text(position, "distance_to_stop_percent")).isEqualTo("5.08");
        assertThat(text(position, "distance_to_target_percent")).isEqualTo("-5.09");
        assertThat(text(position, "risk_at_stop")).isEqualTo("-5.00");
        assertThat(text(position, "reward_at_target")).isEqualTo("10.00");
        assertThat(text(position, "quantity")).isEqualTo("0.0500");
    }

    @Test
    void whenSeveralPositionsAreOpenThenTotalsAddThemAtFullPrecision() {
        var trader = tenants.newTrader("totals");
        tenants.longBtc(trader);
        tenants.holding(trader, "ETHUSDC", Side.SELL, "0.0500", "3000.00", "3100.00", "2800.00");

        JsonNode body = api.get("/api/portfolio/positions", login(trader)).json();

        assertThat(body.get("positions")).hasSize(2);
        JsonNode totals = body.get("totals");
        assertThat(totals).hasSize(1);
        assertThat(text(totals.get(0), "quote_asset")).isEqualTo("USDC");
        assertThat(totals.get(0).get("positions").asInt()).isEqualTo(2);
        // 0.1343364 + 2.4995 = 2.6338364: rounded once, after the sum
        assertThat(text(totals.get(0), "unrealized_pnl")).isEqualTo("2.63");
        // 29.45085 + 147.5005 = 176.95135
        assertThat(text(totals.get(0), "positions_value")).isEqualTo("176.95");
        assertThat(text(totals.get(0), "cost_basis")).isEqualTo("179.32");
        // Net of the paper taker fee (0.1 %) each exit would pay; nothing was paid on entry:
        // 0.1343364 − 0.02945085 = 0.10488555 and 2.4995 − 0.1475005 = 2.3519995, each shown
        // rounded (0.10, 2.35), summed exactly to 2.45688505: 2.46, not the 2.45 of the rounded parts.
        assertThat(text(body.get("positions").get(0), "unrealized_pnl_net")).isEqualTo("0.10");
        assertThat(text(body.get("positions").get(1), "unrealized_pnl_net")).isEqualTo("2.35");
        assertThat(text(totals.get(0), "unrealized_pnl_net")).isEqualTo("2.46");
        assertThat(text(body, "trading_mode")).isEqualTo("PAPER");
    }

    @Test
    void whenEntryFilledInPartsThenEntryIsTheWeightedAverageAndExitsReduceQuantity() {
        var trader = tenants.newTrader("fills");
        Instant at = Instant.parse("2025-12-22T14:30:00Z");
        tenants.holdingFills(
                trader,
                "BTCUSDC",
                Side.BUY,
                "80000.00",
                "95000.00",
                List.of(
                        OrderExecution.filledEntry(Quantity.of("0.00100"), Price.of("88000.00"), at),
                        OrderExecution.filledEntry(Quantity.of("0.00300"), Price.of("89000.00"), at),
                        // A cancelled entry that never filled must not count.
                        new OrderExecution(OrderPurpose.ENTRY, OrderStatus.CANCELED, BigDecimal.ZERO, null, at, null)));

        JsonNode position =
                onlyPosition(api.get("/api/portfolio/positions/", login(trader)).json());

        // (0.001 x 88000 + 0.003 x 89000) / 0.004 = 88750
        assertThat(text(position, "entry_price")).isEqualTo("88750.00");
        assertThat(text(position, "quantity")).isEqualTo("0.00400");
        // (89245.00 - 88750.00) x 0.004 = 1.98
        assertThat(text(position, "unrealized_pnl")).isEqualTo("1.98");
    }

    @Test
    void whenNothingIsOpenThenPositionsAndTotalsAreEmpty() {
        var trader = tenants.newTrader("empty");

        JsonNode body = api.get("/api/portfolio/positions/", login(trader)).json();

        assertThat(body.get("positions")).isEmpty();
        assertThat(body.get("totals")).isEmpty();
    }

    private static JsonNode onlyPosition(JsonNode body) {
        assertThat(body.get("positions")).hasSize(1);
        return body.get("positions").get(0);
    }

    /** Money must arrive as JSON strings; a number here would already have lost exactness. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        assertThat(value).as(field).isNotNull();
        assertThat(value.isString()).as(field + " is a JSON string").isTrue();
        return value.asString();
    }
}
