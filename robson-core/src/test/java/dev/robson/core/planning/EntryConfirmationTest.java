package dev.robson.core.planning;

import static dev.robson.core.DomainRuleAssertions.assertRuleViolation;
import static dev.robson.core.planning.WorkedExample.CHART;
import static dev.robson.core.planning.WorkedExample.COSTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.MarketFixtures;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Side;
import dev.robson.core.planning.budget.OpenRisk;
import dev.robson.core.planning.budget.RiskBudget;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Confirming the worked example's plan (E 90,000, X 88,650, q 0.00618, planned risk
 * 9.994366143) with the market and the account read again.
 */
class EntryConfirmationTest {

    private static final Symbol BTCUSDC = MarketFixtures.btcUsdc();
    private static final Instant PLANNED_AT = CHART.now();
    private static final Instant SOON = PLANNED_AT.plusSeconds(30);
    private static final Price ASK = Price.of("90000.00");

    private static RiskBudget budget(List<OpenRisk> open) {
        return WorkedExample.budget(PLANNED_AT, List.of(), open);
    }

    private static EntryPlan plan() {
        PlanProposal proposal = (PlanProposal) EntryPlanner.propose(new PlanRequest(
                Strategy.btcSpotManual(),
                BTCUSDC,
                Price.of("90000.00"),
                CHART.candles(),
                new BigDecimal("1000"),
                COSTS,
                budget(List.of()),
                PLANNED_AT));
        return EntryPlan.planned(7L, 1L, proposal.terms(), PLANNED_AT).withId(12L);
    }

    private static Confirmation confirmation(Symbol symbol, Price ask, String free, RiskBudget budget, Instant now) {
        return new Confirmation(Strategy.btcSpotManual(), symbol, ask, new BigDecimal(free), COSTS, budget, now);
    }

    private static Confirmation fresh(String free, RiskBudget budget) {
        return confirmation(BTCUSDC, ASK, free, budget, SOON);
    }

    @Test
    void entersWithThePlannedQuantityWhenNothingChanged() {
        EntryPlan plan = plan();

        assertThat(EntryPlanner.confirm(plan, fresh("1000", budget(List.of())))).isEqualTo(PlanStatus.ENTERING);
        assertThat(plan.orderQuantity()).isEqualTo(Quantity.of("0.00618"));
    }

    @Test
    void aSmallerFreeBalanceBuysLessNeverMore() {
        // Free 500 now: 500 × 0.99 / 90,000 = 0.0055.
        EntryPlan plan = plan();

        EntryPlanner.confirm(plan, fresh("500", budget(List.of())));

        assertThat(plan.orderQuantity()).isEqualTo(Quantity.of("0.0055"));
    }

    @Test
    void rejectsWithTheCodeOfTheGuardThatRefuses() {
        EntryPlan broke = plan();
        EntryPlan overBudget = plan();
        EntryPlan duplicate = plan();
        EntryPlan halted = plan();

        EntryPlanner.confirm(broke, fresh("4", budget(List.of())));
        // Another plan confirmed meanwhile: 35 open leaves 5 < 9.99.
        EntryPlanner.confirm(
                overBudget, fresh("1000", budget(List.of(new OpenRisk("ETHUSDC", Side.BUY, new BigDecimal("35"))))));
        EntryPlanner.confirm(
                duplicate, fresh("1000", budget(List.of(new OpenRisk("BTCUSDC", Side.BUY, new BigDecimal("9"))))));
        EntryPlanner.confirm(halted, confirmation(BTCUSDC.withStatus("BREAK"), ASK, "1000", budget(List.of()), SOON));

        assertThat(List.of(broke, overBudget, duplicate, halted))
                .allSatisfy(plan -> assertThat(plan.status()).isEqualTo(PlanStatus.REJECTED))
                .extracting(EntryPlan::rejection)
                .containsExactly(
                        "insufficient_balance", "monthly_budget_exhausted", "duplicate_position", "symbol_not_trading");
    }

    @Test
    void rejectsAnAskAboveTheEntryMaxAsPriceDrift() {
        EntryPlan plan = plan();

        EntryPlanner.confirm(plan, confirmation(BTCUSDC, Price.of("90000.01"), "1000", budget(List.of()), SOON));

        assertThat(plan.rejection()).isEqualTo("price_drift");
    }

    @Test
    void expiresPastTheTimeToLiveWhateverTheGuardsSay() {
        EntryPlan plan = plan();

        PlanStatus status = EntryPlanner.confirm(
                plan, confirmation(BTCUSDC, ASK, "4", budget(List.of()), PLANNED_AT.plusSeconds(120)));

        assertThat(status).isEqualTo(PlanStatus.EXPIRED);
    }

    @Test
    void aPlanNoLongerPlannedCannotBeConfirmedAgain() {
        EntryPlan plan = plan();
        EntryPlanner.confirm(plan, fresh("1000", budget(List.of())));

        assertRuleViolation(() -> EntryPlanner.confirm(plan, fresh("4", budget(List.of()))), "illegal_transition");
        assertThat(plan.status()).isEqualTo(PlanStatus.ENTERING);
    }
}
