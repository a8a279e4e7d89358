package dev.robson.core.planning;

import dev.robson.core.market.Asset;
import dev.robson.core.planning.budget.OpenRisk;
import dev.robson.core.planning.budget.RiskBudget;
import dev.robson.core.planning.budget.RiskMonth;
import dev.robson.core.planning.sizing.SizingCosts;
import dev.robson.core.planning.stop.Chart;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The market and the account of the worked example: E 90,000 on a chart whose second support is
 * 88,650 (L1 89,500), capital 1,000 USDC, slippage 0, stop gap 10 bps, a 0.1 % fee in base.
 */
public final class WorkedExample {

    /** Slippage 0, the stop filling 10 bps below X, a 0.1 % taker fee taken in the base asset. */
    public static final SizingCosts COSTS =
            new SizingCosts(BigDecimal.ZERO, new BigDecimal("0.001"), new BigDecimal("0.001"), true);

    /** Dips to 88,650 at candle 40 and 89,500 at candle 70: L1 89,500, L2 88,650. */
    public static final Chart CHART = Chart.standard().dip(40, "88650").dip(70, "89500");

    private WorkedExample() {}

    /** The month of {@code now} on 1,000 USDC: 4 % of it a month (budget 40), 1 % a trade (allowance 10). */
    public static RiskBudget budget(Instant now, List<String> realizedNetResults, List<OpenRisk> openRisks) {
        return new RiskBudget(
                RiskMonth.snapshot(now, Asset.of("USDC"), new BigDecimal("1000")),
                new BigDecimal("4"),
                BigDecimal.ONE,
                realizedNetResults.stream().map(BigDecimal::new).toList(),
                openRisks);
    }
}
