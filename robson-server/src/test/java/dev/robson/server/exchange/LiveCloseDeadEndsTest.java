package dev.robson.server.exchange;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.OperationStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A close that cannot proceed stays in sight and can be retried or resolved: no dead ends. */
class LiveCloseDeadEndsTest extends LiveScenario {

    @Test
    void aCloseThatCannotProceedStaysInThePositionsAndTotalsWithItsReasonAndIsRetriedOnceTheCoinsAreThere() {
        long id = tenants.longBtc(trader);
        // The coins were moved off the account: nothing to sell.
        BINANCE.setBalance(apiKey, "BTC", "0", "0");

        var closing = closeByHand(id);

        assertThat(closing.json().get("status").asString()).isEqualTo("CLOSING");
        assertThat(closing.json().get("attention").asString()).contains("the account holds only 0 BTC");
        JsonNode listed = api.get("/api/portfolio/positions/", token).json();
        assertThat(listed.get("positions")).singleElement().satisfies(position -> {
            assertThat(position.get("status").asString()).isEqualTo("CLOSING");
            assertThat(position.get("attention").asString()).contains("cannot be sold");
        });
        // Still held: 0.00033 x 89245.00 = 29.45085 in the totals.
        assertThat(listed.get("totals").get(0).get("positions_value").asString())
                .isEqualTo("29.45");

        BINANCE.setBalance(apiKey, "BTC", "0.00033", "0");
        var retried = api.post("/api/operations/" + tenants.numberOf(id) + "/close/retry/", "", token);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(retried.json().has("attention")).isFalse();
        assertThat(eventsOf(id)).contains("NEEDS_ATTENTION", "RETRY", "CLOSED");
    }

    @Test
    void whenTheExchangeConfirmsNothingWasSoldTheOperationGoesBackToActive() {
        long id = tenants.longBtc(trader);
        BINANCE.setBalance(apiKey, "BTC", "0", "0");
        closeByHand(id);

        var resolved = api.post(
                "/api/operations/" + tenants.numberOf(id) + "/resolve/",
                "{\"outcome\":\"NOTHING_SOLD\",\"note\":\"coins moved to cold storage\"}",
                token);

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(current(id).closeReason()).isNull();
        assertThat(events.of(trader.tenantId(), id).getLast().detail()).contains("coins moved to cold storage");
    }

    @Test
    void whenClosedOutsideRobsonTheGivenFillsCloseItWithGrossAndNetPnl() {
        long id = tenants.longBtc(trader);
        BINANCE.setBalance(apiKey, "BTC", "0", "0");
        closeByHand(id);

        var resolved = api.post("/api/operations/" + tenants.numberOf(id) + "/resolve/", """
                {"outcome":"CLOSED_OUTSIDE","fills":[{"quantity":"0.00033","price":"90000.00",
                 "commission":"0.0297","commission_asset":"USDC"}]}""", token);

        assertThat(resolved.status()).isEqualTo(200);
        // (90000.00 - 88837.92) x 0.00033 = 0.3834864 gross; less the 0.0297 fee: 0.3537864 net.
        assertThat(resolved.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(resolved.json().get("realized_pnl").asString()).isEqualTo("0.38");
        assertThat(resolved.json().get("realized_pnl_net").asString()).isEqualTo("0.35");
        assertThat(current(id).realizedNetPnl()).isEqualByComparingTo("0.3537864");
        assertThat(eventsOf(id)).contains("RESOLVED");
    }

    @Test
    void resolvingWithABadBodyOrAnOperationThatIsNotClosingIsRefusedAndChangesNothing() {
        long id = tenants.longBtc(trader);

        var notClosing = api.post(
                "/api/operations/" + tenants.numberOf(id) + "/resolve/", "{\"outcome\":\"NOTHING_SOLD\"}", token);
        var badOutcome = api.post(
                "/api/operations/" + tenants.numberOf(id) + "/resolve/", "{\"outcome\":\"SOLD_MAYBE\"}", token);
        var retryActive = api.post("/api/operations/" + tenants.numberOf(id) + "/close/retry/", "", token);

        assertProblem(notClosing, 409, "not_closing");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(retryActive.status()).isEqualTo(409);
        assertThat(current(id).status()).isEqualTo(OperationStatus.ACTIVE);
    }
}
