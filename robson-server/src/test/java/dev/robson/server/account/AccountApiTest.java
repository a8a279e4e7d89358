package dev.robson.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.Side;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Balances, patrimony and the account summary of a paper account, worked out by hand. */
@ApiTest
class AccountApiTest extends ApiFixture {

    @BeforeEach
    void setUp() {
        quotes.setUsualBtcBook();
        quotes.set("ETHUSDC", "2949.99", "2950.01");
        signIn("account");
        tenants.paperBalance(trader, "USDC", "1000");
        tenants.paperBalance(trader, "BTC", "0.00033");
        tenants.paperBalance(trader, "ETH", "0");
        tenants.paperBalance(trader, "XYZ", "5");
        tenants.longBtc(trader);
    }

    @Test
    void whenReadingBalancesThenEachHoldingIsValuedAtTheBidAndUnpricedOnesAreNotGuessed() {
        JsonNode body = api.get("/api/account/balance/", token).json();

        assertThat(body.get("quote_asset").asString()).isEqualTo("USDC");
        assertThat(body.get("source").asString()).isEqualTo("PAPER");
        JsonNode balances = body.get("balances");
        // Empty balances are left out; the rest in asset order.
        assertThat(balances).extracting(b -> b.get("asset").asString()).containsExactly("BTC", "USDC", "XYZ");
        assertThat(balances.get(0).get("total").asString()).isEqualTo("0.00033");
        // 0.00033 x 89245.00 = 29.45085
        assertThat(balances.get(0).get("value").asString()).isEqualTo("29.45");
        assertThat(balances.get(1).get("free").asString()).isEqualTo("1000.00");
        assertThat(balances.get(1).get("value").asString()).isEqualTo("1000.00");
        assertThat(balances.get(2).has("value")).isFalse();
        // 1000 + 29.45085, rounded once
        assertThat(body.get("total_value").asString()).isEqualTo("1029.45");
    }

    @Test
    void whenReadingTheSummaryThenAvailableAndExposureFollowFromBalanceAndPositions() {
        JsonNode summary = api.get("/api/account/summary/", token).json();

        assertThat(summary.get("balance").asString()).isEqualTo("1029.45");
        assertThat(summary.get("positions_value").asString()).isEqualTo("29.45");
        // 1029.45 - 29.45085
        assertThat(summary.get("available").asString()).isEqualTo("1000.00");
        // 29.45085 / 1029.45 x 100 = 2.8608...
        assertThat(summary.get("exposure_percent").asString()).isEqualTo("2.86");
        assertThat(api.get("/api/portfolio/patrimony/", token)
                        .json()
                        .get("total")
                        .asString())
                .isEqualTo("1029.45");
    }

    @Test
    void whenAPositionIsClosedOnPaperThenTheLedgerSellsTheCoinsAtTheBid() {
        long id = tenants.number(
                trader, tenants.holding(trader, "ETHUSDC", Side.BUY, "0.0500", "2900.00", "2800.00", "3100.00"));
        tenants.paperBalance(trader, "ETH", "0.0500");

        api.post("/api/operations/" + id + "/close/", "", token);

        JsonNode balances = api.get("/api/account/balance/", token).json().get("balances");
        assertThat(balances).extracting(b -> b.get("asset").asString()).doesNotContain("ETH");
        // 1000 + 0.05 x 2949.99 = 1147.4995, less the 0.1 % paper fee on the 147.4995 proceeds
        // (0.1474995): 1147.3520005
        JsonNode usdc = balances.valueStream()
                .filter(b -> b.get("asset").asString().equals("USDC"))
                .findFirst()
                .orElseThrow();
        assertThat(usdc.get("total").asString()).isEqualTo("1147.3520005");
    }

    @Test
    void whenAnotherTenantReadsTheAccountThenTheyGetTheirsOnly() {
        var other = tenants.newTrader("other-account");
        String otherToken = login(other);

        JsonNode body = api.get("/api/account/balance/", otherToken).json();

        assertThat(body.get("balances")).isEmpty();
        assertThat(body.get("total_value").asString()).isEqualTo("0.00");
        assertThat(api.get("/api/account/summary/", otherToken)
                        .json()
                        .get("exposure_percent")
                        .asString())
                .isEqualTo("0.00");
    }
}
