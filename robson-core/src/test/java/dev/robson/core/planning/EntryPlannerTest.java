package dev.robson.core.planning;

import static dev.robson.core.planning.WorkedExample.CHART;
import static dev.robson.core.planning.WorkedExample.COSTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.MarketFixtures;
import dev.robson.core.market.Asset;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Side;
import dev.robson.core.planning.budget.OpenRisk;
import dev.robson.core.planning.budget.RiskBudget;
import dev.robson.core.planning.budget.RiskMonth;
import dev.robson.core.planning.stop.Chart;
import dev.robson.core.planning.stop.NoValidStop;
import dev.robson.core.planning.stop.StopFinderParameters;
import dev.robson.core.planning.stop.TechnicalStop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example end to end: E 90,000 on a chart whose second support is 88,650 (L1
 * 89,500), capital 1,000 USDC, free 1,000, slippage 0, gap 10 bps, fee 0.1 % in base.
 */
class EntryPlannerTest {

    private static final Symbol BTCUSDC = MarketFixtures.btcUsdc();
    private static final Price E = Price.of("90000.00");
    private static final Instant NOW = CHART.now();

    private static RiskBudget budget(List<String> realized, List<OpenRisk> open) {
        return WorkedExample.budget(NOW, realized, open);
    }

    private static PlanRequest request(Strategy strategy, Chart chart, String free, RiskBudget budget) {
        return new PlanRequest(strategy, BTCUSDC, E, chart.candles(), new BigDecimal(free), COSTS, budget, chart.now());
    }

    private static PlanOutcome propose(Chart chart, String free, RiskBudget budget) {
        return EntryPlanner.propose(request(Strategy.btcSpotManual(), chart, free, budget));
    }

    private static PlanRefusal refused(PlanOutcome outcome) {
        assertThat(outcome).isInstanceOf(PlanRefusal.class);
        return (PlanRefusal) outcome;
    }

    @Test
    void proposesTheWorkedExample() {
        PlanProposal plan = (PlanProposal) propose(CHART, "1000", budget(List.of(), List.of()));

        assertThat(plan.stop().stopLoss()).isEqualTo(Price.of("88650"));
        assertThat(plan.stop().method().code()).isEqualTo("SWING_LEVEL_2");
        assertThat(plan.size().quantity()).isEqualTo(Quantity.of("0.00618"));
        assertThat(plan.size().sellableQuantity()).isEqualTo(Quantity.of("0.00617"));
        assertThat(plan.size().plannedRisk()).isEqualByComparingTo("9.994366143");
        assertThat(plan.size().plannedRiskPercent()).isEqualByComparingTo("0.9994");
        // 90,000 + 2 × 1,350.
        assertThat(plan.takeProfitEstimate()).isEqualTo(Price.of("92700"));
        assertThat(plan.feeRate()).isEqualByComparingTo("0.001");
        assertThat(plan.budget().remaining()).isEqualByComparingTo("40");
        assertThat(plan.budget().slots()).isEqualTo(4);
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.expiresAt()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void theProposalBecomesAPlannedEntry() {
        PlanProposal proposal = (PlanProposal) propose(CHART, "1000", budget(List.of(), List.of()));

        EntryPlan plan = EntryPlan.planned(7L, 1L, proposal.terms(), NOW);

        assertThat(plan.expiresAt()).isEqualTo(proposal.expiresAt());
        assertThat(plan.terms().entryMax()).isEqualTo(Price.of("90000"));
        assertThat(plan.terms().technicalLevel()).isEqualTo(Price.of("88650"));
        assertThat(plan.terms().quantity()).isEqualTo(Quantity.of("0.00618"));
        assertThat(plan.terms().plannedRisk()).isEqualByComparingTo("9.994366143");
    }

    @Test
    void refusesAShortBeforeReadingTheChart() {
        Strategy shortStrategy = new Strategy(
                "Short",
                Side.SELL,
                Chart.M15,
                BigDecimal.ONE,
                BigDecimal.TWO,
                new BigDecimal("4"),
                StopFinderParameters.DEFAULTS);

        PlanRefusal refusal =
                refused(EntryPlanner.propose(request(shortStrategy, CHART, "1000", budget(List.of(), List.of()))));

        assertThat(refusal.code()).isEqualTo("side_not_supported");
        assertThat(refusal.analysis()).isNull();
    }

    @Test
    void refusesInAPausedMonth() {
        assertThat(refused(propose(CHART, "1000", budget(List.of("-40"), List.of())))
                        .code())
                .isEqualTo("month_paused");
    }

    @Test
    void refusesASecondPositionOnTheSymbol() {
        RiskBudget withOpenBtc = budget(List.of(), List.of(new OpenRisk("BTCUSDC", Side.BUY, new BigDecimal("9"))));

        assertThat(refused(propose(CHART, "1000", withOpenBtc)).code()).isEqualTo("duplicate_position");
    }

    @Test
    void refusesStaleDataAsRetryable() {
        PlanRequest stale = new PlanRequest(
                Strategy.btcSpotManual(),
                BTCUSDC,
                E,
                CHART.candles(),
                new BigDecimal("1000"),
                COSTS,
                budget(List.of(), List.of()),
                CHART.lastClose().plus(Duration.ofMinutes(31)));

        PlanRefusal refusal = refused(EntryPlanner.propose(stale));

        assertThat(refusal.code()).isEqualTo("data_unavailable");
        assertThat(refusal.retryable()).isTrue();
    }

    @Test
    void refusesWithoutAValidStopButKeepsTheAnalysis() {
        // Supports 89,500 and 80,000 (too far), ATR 6,100: 90,000 − 9,150 is too far as well.
        Chart wild = Chart.background(100, "90100", "6100").dip(40, "80000").dip(70, "89500");

        PlanRefusal refusal = refused(propose(wild, "1000", budget(List.of(), List.of())));

        assertThat(refusal.code()).isEqualTo("no_valid_stop");
        assertThat(refusal.retryable()).isFalse();
        assertThat(((NoValidStop) refusal.analysis()).analysis().levels()).hasSize(2);
    }

    @Test
    void refusesASizeTheExchangeWouldNotTake() {
        // Free 5 cannot buy 5 USDC of BTC once 1 % is held back.
        assertThat(refused(propose(CHART, "5", budget(List.of(), List.of()))).code())
                .isEqualTo("insufficient_balance");
    }

    @Test
    void refusesAPlanRiskingMoreThanTheMonthHasLeft() {
        // Open risk 35 leaves 5 of 40; the plan risks 9.99.
        RiskBudget nearlyFull = budget(List.of(), List.of(new OpenRisk("ETHUSDC", Side.BUY, new BigDecimal("35"))));

        PlanRefusal refusal = refused(propose(CHART, "1000", nearlyFull));

        assertThat(refusal.code()).isEqualTo("monthly_budget_exhausted");
        assertThat(refusal.analysis()).isInstanceOf(TechnicalStop.class);
    }

    @Test
    void collectsTheWarningsOfTheStopAndTheSize() {
        // Only one support, and free 500 caps the size (0.0055 < 0.00618).
        Chart lone = Chart.standard().dip(40, "88650");

        PlanProposal plan = (PlanProposal) propose(lone, "500", budget(List.of(), List.of()));

        assertThat(plan.warnings())
                .extracting(PlanWarning::code)
                .containsExactly("second_support_not_found", "cash_capped");
    }

    @Test
    void refusesASymbolTheExchangeDoesNotTrade() {
        PlanRequest halted = new PlanRequest(
                Strategy.btcSpotManual(),
                BTCUSDC.withStatus("HALT"),
                E,
                CHART.candles(),
                new BigDecimal("1000"),
                COSTS,
                budget(List.of(), List.of()),
                NOW);

        assertThat(refused(EntryPlanner.propose(halted)).code()).isEqualTo("symbol_not_trading");
    }

    @Test
    void needsTheBudgetOfTheMonthItPlansIn() {
        RiskMonth february = RiskMonth.snapshot(NOW.minus(Duration.ofDays(31)), Asset.of("USDC"), BigDecimal.TEN);
        RiskBudget old = new RiskBudget(february, new BigDecimal("4"), BigDecimal.ONE, List.of(), List.of());

        assertThatThrownBy(() -> request(Strategy.btcSpotManual(), CHART, "1000", old))
                .hasMessageContaining("roll it over");
    }
}
