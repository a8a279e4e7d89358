package dev.robson.server.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.planning.budget.MonthState;
import dev.robson.core.planning.budget.RiskStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The month's figures are kept exact and rounded once, at output, as money in the quote asset. */
class RiskStatusViewTest {

    @Test
    void twoPlansOpenRiskIsRoundedFromTheExactSumNotSummedFromRoundedFigures() {
        // Two plans of the scenario's 9.996404616 each: 19.992809232 open, 40 − 19.992809232 =
        // 20.007190768 left. Rounded once, half up to the cent: 19.99 and 20.01. Summing figures
        // already rounded (10.00 + 10.00) would have said 20.00 and 20.00.
        RiskStatus status = new RiskStatus(
                YearMonth.of(2026, 12),
                "USDC",
                new BigDecimal("1000"),
                new BigDecimal("40.000"),
                BigDecimal.ZERO,
                new BigDecimal("19.992809232"),
                new BigDecimal("20.007190768"),
                2,
                MonthState.ACTIVE);

        RiskStatusView view = RiskStatusView.of(status);

        assertThat(view.capitalBase().toPlainString()).isEqualTo("1000.00");
        assertThat(view.budget().toPlainString()).isEqualTo("40.00");
        assertThat(view.consumed().toPlainString()).isEqualTo("0.00");
        assertThat(view.openRisk().toPlainString()).isEqualTo("19.99");
        assertThat(view.remaining().toPlainString()).isEqualTo("20.01");
    }

    @Test
    void aCryptoQuotedBudgetKeepsTheCryptoScale() {
        // BTC amounts are shown to 8 decimals: 0.123456785 rounds half up to 0.12345679.
        RiskStatus status = new RiskStatus(
                YearMonth.of(2026, 12),
                "BTC",
                new BigDecimal("3.08641975"),
                new BigDecimal("0.123456790"),
                new BigDecimal("0.000000005"),
                BigDecimal.ZERO,
                new BigDecimal("0.123456785"),
                12,
                MonthState.ACTIVE);

        RiskStatusView view = RiskStatusView.of(status);

        assertThat(view.consumed().toPlainString()).isEqualTo("0.00000001");
        assertThat(view.remaining().toPlainString()).isEqualTo("0.12345679");
        assertThat(view.openRisk().toPlainString()).isEqualTo("0.00000000");
    }
}
