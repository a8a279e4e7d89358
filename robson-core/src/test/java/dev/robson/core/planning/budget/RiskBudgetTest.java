package dev.robson.core.planning.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.Side;
import dev.robson.core.planning.WorkedExample;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capital base 1,000 USDC, 4 % a month (budget 40), 1 % a trade (allowance 10) throughout.
 * The worked example's plan risks 9.994366143.
 */
class RiskBudgetTest {

    private static final Instant MARCH_5 = Instant.parse("2026-03-05T09:00:00Z");
    private static final BigDecimal WORKED_RISK = new BigDecimal("9.994366143");

    private static RiskBudget budget(List<String> realized, List<OpenRisk> open) {
        return WorkedExample.budget(MARCH_5, realized, open);
    }

    private static OpenRisk open(String symbol, String risk) {
        return new OpenRisk(symbol, Side.BUY, new BigDecimal(risk));
    }

    private static String refusal(RiskBudget budget, String symbol, Side side, BigDecimal risk) {
        return budget.refuse(symbol, side, risk).map(BudgetRefusal::code).orElse("admitted");
    }

    @Test
    void aFreshMonthHasFourPlansOfOnePercent() {
        RiskStatus status = budget(List.of(), List.of()).status();

        assertThat(status.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(status.quoteAsset()).isEqualTo("USDC");
        assertThat(status.capitalBase()).isEqualByComparingTo("1000");
        assertThat(status.budget()).isEqualByComparingTo("40");
        assertThat(status.consumed()).isEqualByComparingTo("0");
        assertThat(status.openRisk()).isEqualByComparingTo("0");
        assertThat(status.remaining()).isEqualByComparingTo("40");
        assertThat(status.slots()).isEqualTo(4);
        assertThat(status.status()).isEqualTo(MonthState.ACTIVE);
    }

    @Test
    void openPlannedRiskReservesTheBudget() {
        // Three open plans of the worked example: 40 − 29.983098429 = 10.016901571, one slot.
        RiskBudget budget = budget(
                List.of(),
                List.of(
                        open("BTCUSDC", "9.994366143"),
                        open("ETHUSDC", "9.994366143"),
                        open("SOLUSDC", "9.994366143")));

        assertThat(budget.openRisk()).isEqualByComparingTo("29.983098429");
        assertThat(budget.remaining()).isEqualByComparingTo("10.016901571");
        assertThat(budget.slots()).isEqualTo(1);
        assertThat(refusal(budget, "BNBUSDC", Side.BUY, WORKED_RISK)).isEqualTo("admitted");
        // A fourth at the full allowance of 10 fits too (10 ≤ 10.0169…); 10.02 does not.
        assertThat(refusal(budget, "BNBUSDC", Side.BUY, BigDecimal.TEN)).isEqualTo("admitted");
        assertThat(refusal(budget, "BNBUSDC", Side.BUY, new BigDecimal("10.02")))
                .isEqualTo("monthly_budget_exhausted");
    }

    @Test
    void aPlanRiskingExactlyWhatRemainsFits() {
        // Open 30, remaining 10: a plan of 10 is not more than what remains.
        RiskBudget budget = budget(List.of(), List.of(open("ETHUSDC", "30")));

        assertThat(refusal(budget, "BTCUSDC", Side.BUY, BigDecimal.TEN)).isEqualTo("admitted");
        assertThat(refusal(budget, "BTCUSDC", Side.BUY, new BigDecimal("10.000000001")))
                .isEqualTo("monthly_budget_exhausted");
    }

    @Test
    void gainsDoNotEnlargeTheBudget() {
        // +50 realized: consumed 0, remaining still 40 (not 90), still 4 slots.
        RiskBudget winning = budget(List.of("50"), List.of());

        assertThat(winning.consumed()).isEqualByComparingTo("0");
        assertThat(winning.remaining()).isEqualByComparingTo("40");
        assertThat(winning.slots()).isEqualTo(4);
        assertThat(refusal(winning, "BTCUSDC", Side.BUY, new BigDecimal("40.01")))
                .isEqualTo("monthly_budget_exhausted");
    }

    @Test
    void realizedNetLossesConsumeTheBudget() {
        // −9.99 and −12.50 net of fees: consumed 22.49, remaining 17.51, one slot.
        RiskBudget losing = budget(List.of("-9.99", "-12.50"), List.of());

        assertThat(losing.consumed()).isEqualByComparingTo("22.49");
        assertThat(losing.remaining()).isEqualByComparingTo("17.51");
        assertThat(losing.slots()).isEqualTo(1);
        // A gain of 7.49 in the same month nets the loss to 15.00: remaining 25, two slots.
        RiskBudget mixed = budget(List.of("-9.99", "-12.50", "7.49"), List.of());
        assertThat(mixed.consumed()).isEqualByComparingTo("15");
        assertThat(mixed.slots()).isEqualTo(2);
    }

    @Test
    void aMonthWhoseLossesReachTheBudgetIsPaused() {
        // −25 and −15 = −40: the whole budget. Every plan is refused, however small.
        RiskBudget paused = budget(List.of("-25", "-15"), List.of());

        assertThat(paused.state()).isEqualTo(MonthState.PAUSED);
        assertThat(paused.remaining()).isEqualByComparingTo("0");
        assertThat(paused.slots()).isZero();
        assertThat(refusal(paused, "BTCUSDC", Side.BUY, new BigDecimal("0.01"))).isEqualTo("month_paused");
        assertThat(paused.refuse("BTCUSDC", Side.BUY, BigDecimal.ONE)
                        .orElseThrow()
                        .message())
                .contains("2026-04-01T00:00:00Z");
    }

    @Test
    void justBelowTheBudgetTheMonthIsActiveButNearlyFull() {
        RiskBudget nearly = budget(List.of("-39.99"), List.of());

        assertThat(nearly.state()).isEqualTo(MonthState.ACTIVE);
        assertThat(nearly.slots()).isZero();
        assertThat(refusal(nearly, "BTCUSDC", Side.BUY, WORKED_RISK)).isEqualTo("monthly_budget_exhausted");
        assertThat(refusal(nearly, "BTCUSDC", Side.BUY, new BigDecimal("0.01"))).isEqualTo("admitted");
    }

    @Test
    void aStopThatGappedPastItsPlanLeavesNothingNotLessThanNothing() {
        // −45 realized (a gap through the stop): consumed 45 > 40, remaining shown as 0, PAUSED.
        RiskBudget overrun = budget(List.of("-45"), List.of(open("ETHUSDC", "5")));

        assertThat(overrun.remaining()).isEqualByComparingTo("0");
        assertThat(overrun.state()).isEqualTo(MonthState.PAUSED);
    }

    @Test
    void refusesASecondOpenOperationOnTheSameSymbolAndSide() {
        RiskBudget budget = budget(List.of(), List.of(open("BTCUSDC", "9.99")));

        assertThat(refusal(budget, "BTCUSDC", Side.BUY, WORKED_RISK)).isEqualTo("duplicate_position");
        assertThat(refusal(budget, "ETHUSDC", Side.BUY, WORKED_RISK)).isEqualTo("admitted");
    }

    @Test
    void refusesShortsBeforeAnythingElse() {
        RiskBudget paused = budget(List.of("-40"), List.of());

        assertThat(refusal(budget(List.of(), List.of()), "BTCUSDC", Side.SELL, WORKED_RISK))
                .isEqualTo("side_not_supported");
        assertThat(refusal(paused, "BTCUSDC", Side.SELL, WORKED_RISK)).isEqualTo("side_not_supported");
    }
}
