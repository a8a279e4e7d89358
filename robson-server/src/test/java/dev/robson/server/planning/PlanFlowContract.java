package dev.robson.server.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.Side;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.TestCharts;
import dev.robson.server.support.TestTenants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A plan from the Activate Monitoring button to a guarded position, and the ways it ends without one. */
abstract class PlanFlowContract extends PlanningScenario {

    @Test
    void everyTenantHasTheDefaultStrategy() {
        JsonNode strategies = api.get("/api/strategies/", token).json().get("strategies");

        assertThat(strategies).hasSize(1);
        JsonNode manual = strategies.get(0);
        assertThat(manual.get("id").asLong()).isEqualTo(1);
        assertThat(manual.get("name").asString()).isEqualTo("BTC Spot Manual");
        assertThat(manual.get("side").asString()).isEqualTo("LONG");
        assertThat(manual.get("timeframe").asString()).isEqualTo("15m");
        assertThat(manual.get("support_level").asInt()).isEqualTo(2);
        assertThat(manual.get("risk_per_trade_percent").asString()).isEqualTo("1");
        assertThat(manual.get("reward_multiple").asString()).isEqualTo("2");
        assertThat(manual.get("max_monthly_loss_percent").asString()).isEqualTo("4");
    }

    @Test
    void theLevelsAreTheChartsSupportsAndTheStopGoesUnderTheSecond() {
        JsonNode levels = api.get("/api/analysis/levels/BTCUSDC/", token).json();

        assertThat(levels.get("entry_reference").asString()).isEqualTo("90000.00");
        assertThat(levels.get("levels")
                        .valueStream()
                        .map(level -> level.get("price").asString()))
                .containsExactly("89820.00", "89100.00");
        assertThat(levels.get("levels").get(0).get("members").asInt()).isEqualTo(1);
        assertThat(levels.get("skipped_levels")).isEmpty();
        assertThat(levels.get("technical_level").asString()).isEqualTo("89100.00");
        assertThat(levels.get("stop_loss").asString()).isEqualTo("89100.00");
        assertThat(levels.get("method").asString()).isEqualTo("SWING_LEVEL_2");
        assertThat(levels.get("confidence").asString()).isEqualTo("HIGH");
        // Every candle's true range is 90150.00 − 89950.00.
        assertThat(levels.get("atr").asString()).isEqualTo("200.00");
        assertThat(levels.has("refusal")).isFalse();
    }

    @Test
    void aPlanIsSavedPlannedWithEveryFigureAndNothingElseMoves() {
        ApiClient.Reply reply = plan(BTC_PLAN);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode plan = reply.json();
        long number = plan.get("operation_id").asLong();
        assertThat(reply.headers().firstValue("Location")).contains("/api/operations/" + number + "/plan/");
        assertThat(plan.get("status").asString()).isEqualTo("PLANNED");
        assertThat(plan.get("strategy_id").asLong()).isEqualTo(1);
        assertThat(plan.get("side").asString()).isEqualTo("LONG");
        assertThat(plan.get("entry_reference").asString()).isEqualTo("90000.00");
        assertThat(plan.get("entry_max").asString()).isEqualTo("90045.00");
        assertThat(plan.get("technical_level").asString()).isEqualTo("89100.00");
        assertThat(plan.get("stop_loss").asString()).isEqualTo("89100.00");
        assertThat(plan.get("take_profit").asString()).isEqualTo("91800.00");
        assertThat(plan.get("quantity").asString()).isEqualTo("0.00824");
        assertThat(plan.get("sellable_quantity").asString()).isEqualTo("0.00823");
        assertThat(plan.get("notional").asString()).isEqualTo("741.97");
        // Money rounded once at output, to cents half up: 741.9708 → 741.97, 9.996404616 → 10.00.
        assertThat(plan.get("planned_risk").asString()).isEqualTo("10.00");
        assertThat(plan.get("planned_risk_percent").asString()).isEqualTo("0.9996");
        assertThat(plan.get("stop_distance_percent").asString()).isEqualTo("1.0000");
        assertThat(plan.get("method").asString()).isEqualTo("SWING_LEVEL_2");
        assertThat(plan.get("confidence").asString()).isEqualTo("HIGH");
        assertThat(plan.get("levels")).hasSize(2);
        assertThat(plan.get("warnings")).isEmpty();
        assertThat(plan.get("fee_rate").asString()).isEqualTo("0.001");
        assertThat(plan.get("quote_asset").asString()).isEqualTo("USDC");
        assertThat(plan.has("filled_quantity")).isFalse();
        assertThat(plan.has("failure")).isFalse();
        // The month before this plan: 4 % of 1,000 untouched.
        JsonNode budget = plan.get("budget");
        assertThat(budget.get("capital_base").asString()).isEqualTo("1000.00");
        assertThat(budget.get("budget").asString()).isEqualTo("40.00");
        assertThat(budget.get("remaining").asString()).isEqualTo("40.00");
        assertThat(budget.get("slots").asInt()).isEqualTo(4);
        assertThat(Instant.parse(plan.get("expires_at").asString()))
                .isEqualTo(clock.instant().plusSeconds(120));

        assertThat(planOf(number)).isEqualTo(plan);
        assertThat(eventsOf(number)).containsExactly("PLANNED");
        JsonNode pending =
                api.get("/api/operations/?status=planned", token).json().get("operations");
        assertThat(pending).singleElement().satisfies(operation -> {
            assertThat(operation.get("operation_id").asLong()).isEqualTo(number);
            assertThat(operation.get("status").asString()).isEqualTo("PLANNED");
            assertThat(operation.get("quantity").asString()).isEqualTo("0.00824");
        });
        assertThat(api.operation(number, token).get("status").asString()).isEqualTo("PLANNED");
        // Not a position, not guarded, no money moved.
        assertThat(api.get("/api/portfolio/positions/", token).json().get("positions"))
                .isEmpty();
        assertThat(api.get("/api/operations/?status=active", token).json().get("operations"))
                .isEmpty();
        assertThat(paperFree("USDC")).isEqualByComparingTo("1000");
        // The plan reserves its risk: 40 − 9.996404616 = 30.003595384 kept exact, shown to the cent
        // (30.00; the open risk 10.00), three full slots of 10.
        JsonNode risk = api.get("/api/risk/status/", token).json();
        assertThat(risk.get("open_risk").asString()).isEqualTo("10.00");
        assertThat(risk.get("remaining").asString()).isEqualTo("30.00");
        assertThat(risk.get("slots").asInt()).isEqualTo(3);
    }

    @Test
    void theWaitingPlansAreThePlannedOnesUntilTheirExpiryWhatAReloadedPageRestores() {
        long number = planBtc();
        JsonNode plan = planOf(number);

        JsonNode waiting =
                api.get("/api/operations/plans/waiting/", token).json().get("plans");

        // The same plan as its own page shows, expires_at 120 s after it was made.
        assertThat(waiting).singleElement().isEqualTo(plan);
        clock.advance(Duration.ofSeconds(119));
        assertThat(api.get("/api/operations/plans/waiting/", token).json().get("plans"))
                .hasSize(1);
        // At its expires_at it is no longer waiting, even before the sweep moves it.
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.get("/api/operations/plans/waiting/", token).json().get("plans"))
                .isEmpty();
        assertThat(planOf(number).get("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void aCancelledOrConfirmedPlanIsNotWaiting() {
        long cancelled = planBtc();
        api.post("/api/operations/" + cancelled + "/cancel/", "", token);
        assertThat(api.get("/api/operations/plans/waiting/", token).json().get("plans"))
                .isEmpty();

        long confirmed = planBtc();
        assertThat(confirm(confirmed).json().get("status").asString()).isEqualTo("ACTIVE");

        assertThat(api.get("/api/operations/plans/waiting/", token).json().get("plans"))
                .isEmpty();
    }

    @Test
    void aDryRunAnswersThePlanAndSavesNothing() {
        ApiClient.Reply dry = api.post("/api/operations/plan/?dry_run=true", BTC_PLAN, token);

        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().has("operation_id")).isFalse();
        assertThat(dry.json().get("quantity").asString()).isEqualTo("0.00824");
        assertThat(dry.json().get("planned_risk").asString()).isEqualTo("10.00");
        assertThat(api.get("/api/operations/?status=planned", token).json().get("operations"))
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM operations WHERE tenant_id = :t")
                        .param("t", trader.tenantId())
                        .query(Integer.class)
                        .single())
                .isZero();
        // Not even the month's snapshot: the first saved plan takes it.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM risk_months WHERE tenant_id = :t")
                        .param("t", trader.tenantId())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(openRisk()).isEqualTo("0.00");
    }

    @Test
    void aConfirmedPlanBuysIsGuardedAndTheStopMonitorClosesItAtTheStop() {
        long number = planBtc();
        // The monitor's index is read before the entry fills: it must learn of the new operation
        // from the change marker, as of any other.
        monitor.tick();

        ApiClient.Reply confirmed = confirm(number);

        assertThat(confirmed.status()).isEqualTo(200);
        JsonNode active = confirmed.json();
        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.get("filled_quantity").asString()).isEqualTo("0.00824");
        assertThat(active.get("entry_price").asString()).isEqualTo("90000.00");
        assertThat(active.get("take_profit").asString()).isEqualTo("91800.00");
        assertThat(eventsOf(number))
                .containsExactly("PLANNED", "CONFIRMED", "ENTRY_ORDER_SENT", "ENTRY_FILLED", "ACTIVE");
        // Paper bought at the ask: 0.00824 × 90000.00 = 741.60 paid; 0.00824 less the 0.1 % fee held.
        assertThat(paperFree("USDC")).isEqualByComparingTo("258.40");
        assertThat(paperFree("BTC")).isEqualByComparingTo("0.00823176");
        JsonNode operation = api.operation(number, token);
        assertThat(operation.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(operation.get("stop_loss").asString()).isEqualTo("89100.00");
        assertThat(operation.get("quantity").asString()).isEqualTo("0.00823");
        assertThat(api.get("/api/portfolio/positions/", token).json().get("positions"))
                .singleElement()
                .satisfies(position ->
                        assertThat(position.get("operation_id").asLong()).isEqualTo(number));

        quotes.set("BTCUSDC", "89050.00", "89051.00");
        monitor.tick();

        JsonNode closed = api.operation(number, token);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("close_reason").asString()).isEqualTo("STOP_LOSS");
        // Sold 0.00823 (the step under 0.00823176) at the bid: 732.8815 less its 0.1 % fee 0.7328815.
        assertThat(paperFree("USDC")).isEqualByComparingTo("990.5486185");
        // The plan itself stays where it handed over.
        assertThat(planOf(number).get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void theTargetIsDrawnFromTheFillNotFromThePlannedEntry() {
        long number = planBtc();
        quotes.set("BTCUSDC", "90019.00", "90020.00");

        JsonNode active = confirm(number).json();

        // Filled at 90020.00 (≤ E_max 90045.00): 90020 + 2 × (90020 − 89100) = 91860.00.
        assertThat(active.get("entry_price").asString()).isEqualTo("90020.00");
        assertThat(active.get("take_profit").asString()).isEqualTo("91860.00");
        assertThat(api.operation(number, token).get("take_profit").asString()).isEqualTo("91860.00");
    }

    @Test
    void aReplayedKeyAnswersTheSameAndBuysOnce() {
        long number = planBtc();
        String key = "confirm-" + number + "-once";

        ApiClient.Reply first = confirm(number, key);
        ApiClient.Reply replay = confirm(number, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(eventsOf(number)).filteredOn("ENTRY_ORDER_SENT"::equals).hasSize(1);
        assertThat(paperFree("USDC")).isEqualByComparingTo("258.40");
    }

    @Test
    void aKeyThatConfirmedOnePlanIsRefusedOnAnother() {
        long first = planBtc();
        confirm(first, "one-key");
        quotes.set("ETHUSDC", "2999.99", "3000.00");
        candles.chart("ETHUSDC", TestCharts.flat("3002.00", "4.00", Map.of(30, "2994.00", 60, "2970.00")));
        long second = plan("{\"strategy_id\":1,\"symbol\":\"ETHUSDC\"}")
                .json()
                .get("operation_id")
                .asLong();

        ApiClient.Reply reused = confirm(second, "one-key");

        assertRefused(reused, "idempotency_key_reused");
        assertThat(planOf(second).get("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void aConfirmationWithoutAWellFormedKeyIsRefused() {
        long number = planBtc();

        ApiClient.Reply none = api.post("/api/operations/" + number + "/confirm/", "", token);
        ApiClient.Reply malformed = confirm(number, "not a key!");

        assertThat(none.status()).isEqualTo(400);
        assertThat(code(none)).isEqualTo("idempotency_key_required");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(planOf(number).get("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void whenTheAskDriftedAboveTheEntryMaxTheConfirmationIsRefusedAndNothingIsBought() {
        long number = planBtc();
        quotes.set("BTCUSDC", "90045.00", "90045.01");

        assertConfirmationRefused(number, "price_drift", "REJECTED");

        assertThat(planOf(number).get("failure").asString()).isEqualTo("price_drift");
        assertThat(eventsOf(number)).containsExactly("PLANNED", "REJECTED");
        assertThat(openRisk()).isEqualTo("0.00");
    }

    @Test
    void aPlanNotConfirmedInTimeIsExpiredByTheSweepAndCannotBeConfirmed() {
        long number = planBtc();
        clock.advance(Duration.ofSeconds(121));

        sweep.sweep();

        assertThat(planOf(number).get("status").asString()).isEqualTo("EXPIRED");
        assertThat(eventsOf(number)).containsExactly("PLANNED", "EXPIRED");
        ApiClient.Reply late = confirm(number);
        assertThat(late.status()).isEqualTo(409);
        assertThat(code(late)).isEqualTo("illegal_transition");
        assertThat(api.get("/api/operations/?status=planned", token).json().get("operations"))
                .isEmpty();
    }

    @Test
    void aConfirmationAtTheEndOfTheTimeToLiveFindsThePlanExpired() {
        long number = planBtc();
        clock.advance(Duration.ofSeconds(120));

        assertConfirmationRefused(number, "plan_expired", "EXPIRED");
    }

    @Test
    void aPlannedPlanCanBeCancelledOnceAndThenNotConfirmed() {
        long number = planBtc();

        ApiClient.Reply cancelled = api.post("/api/operations/" + number + "/cancel/", "", token);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        ApiClient.Reply again = api.post("/api/operations/" + number + "/cancel/", "", token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).startsWith("Plan " + number + " is CANCELLED");
        assertThat(confirm(number).status()).isEqualTo(409);
        assertThat(eventsOf(number)).containsExactly("PLANNED", "CANCELLED");
        assertThat(openRisk()).isEqualTo("0.00");
    }

    @Test
    void anotherTenantsPlanIsNotFound() {
        long number = planBtc();
        TestTenants.Trader other = tenants.newTrader("other");
        String otherToken = api.login(other.username(), TestTenants.PASSWORD);

        assertThat(api.get("/api/operations/" + number + "/plan/", otherToken).status())
                .isEqualTo(404);
        assertThat(api.post("/api/operations/" + number + "/cancel/", "", otherToken)
                        .status())
                .isEqualTo(404);
        // The other tenant's own operation under that number is no plan either.
        tenants.holding(other, "ETHUSDC", Side.BUY, "0.0500", "2950.00", "2850.00", "3150.00");
        ApiClient.Reply notAPlan = api.get("/api/operations/1/plan/", otherToken);
        assertThat(notAPlan.status()).isEqualTo(404);
        assertThat(code(notAPlan)).isEqualTo("plan_not_found");
        assertThat(planOf(number).get("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void twoPlansAtOnceOnOneSymbolCannotBothPass() throws Exception {
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> planning = () -> plan(BTC_PLAN).status();
            List<Future<Integer>> answers = both.invokeAll(List.of(planning, planning));

            assertThat(List.of(answers.get(0).get(), answers.get(1).get())).containsExactlyInAnyOrder(201, 422);
        } finally {
            both.shutdownNow();
        }
        assertThat(api.get("/api/operations/?status=planned", token).json().get("operations"))
                .hasSize(1);
    }
}
