package dev.robson.core.planning.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.MarketFixtures;
import dev.robson.core.market.Asset;
import dev.robson.core.market.OrderLimits;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * E 90,000.00 and X 88,650.00 unless a test says otherwise. With slippage 0, gap 10 bps and a
 * 0.1 % fee: E_max = 90,000, F = 88,650 × 0.999 = 88,561.35,
 * L = 1,438.65 + 90 + 88.56135 = 1,617.21135.
 */
class PositionSizerTest {

    private static final Symbol BTCUSDC = MarketFixtures.btcUsdc();
    private static final BigDecimal FEE = new BigDecimal("0.001");
    private static final SizingCosts FEE_IN_BASE = new SizingCosts(BigDecimal.ZERO, new BigDecimal("0.001"), FEE, true);
    private static final SizingCosts FEE_IN_BNB = FEE_IN_BASE.withFee(FEE, false);

    private static SizingOutcome size(String capital, String free, SizingCosts costs) {
        return size(BTCUSDC, "90000.00", capital, free, costs);
    }

    private static SizingOutcome size(Symbol symbol, String entry, String capital, String free, SizingCosts costs) {
        return PositionSizer.size(new SizingInput(
                symbol,
                Price.of(entry),
                Price.of("88650.00"),
                new BigDecimal(capital),
                BigDecimal.ONE,
                new BigDecimal(free),
                costs));
    }

    private static PositionSize sized(SizingOutcome outcome) {
        assertThat(outcome).isInstanceOf(PositionSize.class);
        return (PositionSize) outcome;
    }

    private static String refusal(SizingOutcome outcome) {
        assertThat(outcome).isInstanceOf(SizingRefusal.class);
        return ((SizingRefusal) outcome).code();
    }

    @Test
    void theWorkedExample() {
        // R = 10; R / L = 0.0061834…, cash 1,000 × 0.99 / 90,000 = 0.011: q = 0.00618.
        // q_sell = floor(0.00618 × 0.999 = 0.00617382) = 0.00617.
        // Planned risk 0.00618 × 1,617.21135 = 9.994366143, 0.9994 % of 1,000.
        PositionSize size = sized(size("1000", "1000", FEE_IN_BASE));

        assertThat(size.entryMax()).isEqualTo(Price.of("90000"));
        assertThat(size.stopFill()).isEqualByComparingTo("88561.35");
        assertThat(size.lossPerUnit()).isEqualByComparingTo("1617.21135");
        assertThat(size.riskAllowance()).isEqualByComparingTo("10");
        assertThat(size.quantity()).isEqualTo(Quantity.of("0.00618"));
        assertThat(size.sellableQuantity()).isEqualTo(Quantity.of("0.00617"));
        assertThat(size.notional()).isEqualByComparingTo("556.2");
        assertThat(size.plannedRisk()).isEqualByComparingTo("9.994366143");
        assertThat(size.plannedRiskPercent()).isEqualByComparingTo("0.9994");
        assertThat(size.warnings()).isEmpty();
    }

    @Test
    void theNaiveSizeWouldRiskMore() {
        // R / (E − X) = 10 / 1,350 = 0.0074 would lose 0.0074 × 1,617.21135 = 11.97 (1.20 %).
        PositionSize size = sized(size("1000", "1000", FEE_IN_BASE));

        assertThat(size.quantity().value()).isLessThan(new BigDecimal("0.0074"));
        assertThat(new BigDecimal("0.0074").multiply(size.lossPerUnit())).isGreaterThan(BigDecimal.TEN);
    }

    @Test
    void feePaidInBnbLeavesTheWholeQuantitySellable() {
        PositionSize size = sized(size("1000", "1000", FEE_IN_BNB));

        assertThat(size.quantity()).isEqualTo(Quantity.of("0.00618"));
        assertThat(size.sellableQuantity()).isEqualTo(Quantity.of("0.00618"));
    }

    @Test
    void slippageRaisesTheEntryMaxToTheNextTick() {
        // 90,000.01 × 1.0005 = 90,045.015005, up to the tick: 90,045.02.
        SizingCosts costs = new SizingCosts(new BigDecimal("0.0005"), new BigDecimal("0.001"), FEE, true);

        PositionSize size = sized(size(BTCUSDC, "90000.01", "1000", "1000", costs));

        assertThat(size.entryMax()).isEqualTo(Price.of("90045.02"));
        // L = (90,045.02 − 88,561.35) + 90.04502 + 88.56135 = 1,662.27637; 10 / L = 0.006015…
        assertThat(size.lossPerUnit()).isEqualByComparingTo("1662.27637");
        assertThat(size.quantity()).isEqualTo(Quantity.of("0.00601"));
    }

    @Test
    void theCashCapsTheSizeAndSaysSo() {
        // Free 500: 500 × 0.99 / 90,000 = 0.0055 < 0.00618. Risk 0.0055 × 1,617.21135 = 8.894662425.
        PositionSize size = sized(size("1000", "500", FEE_IN_BASE));

        assertThat(size.quantity()).isEqualTo(Quantity.of("0.0055"));
        assertThat(size.plannedRisk()).isEqualByComparingTo("8.894662425");
        assertThat(size.plannedRiskPercent()).isEqualByComparingTo("0.8895");
        assertThat(size.warnings()).containsExactly(SizingWarning.CASH_CAPPED);
    }

    @Test
    void cashAboveTheRiskBoundIsNoCap() {
        // Free 562: 562 × 0.99 / 90,000 = 0.006182, floored 0.00618: the raw cash bound is below
        // the raw risk bound (0.0061834…), yet both floor to the same step, so nothing was capped.
        assertThat(sized(size("1000", "562", FEE_IN_BASE)).warnings()).isEmpty();
    }

    @Test
    void theExchangeMaximumCapsTheSize() {
        Symbol capped = btcUsdcWithin(new BigDecimal("0.005"), null, null);

        PositionSize size = sized(size(capped, "90000.00", "1000", "1000", FEE_IN_BASE));

        assertThat(size.quantity()).isEqualTo(Quantity.of("0.005"));
        assertThat(size.warnings()).containsExactly(SizingWarning.MAX_QUANTITY_CAPPED);
    }

    @Test
    void refusesAnEntryMaxOrAStopOutsidePriceFilter() {
        // E_max 90,000 above a maxPrice of 89,999.99; then a stop of 88,650.00 below a minPrice of 88,700.00.
        Symbol capped = btcUsdcWithin(null, new BigDecimal("0.01"), new BigDecimal("89999.99"));
        Symbol floored = btcUsdcWithin(null, new BigDecimal("88700.00"), new BigDecimal("100000"));

        assertThat(refusal(size(capped, "90000.00", "1000", "1000", FEE_IN_BASE)))
                .isEqualTo("price_outside_filter");
        assertThat(refusal(size(floored, "90000.00", "1000", "1000", FEE_IN_BASE)))
                .isEqualTo("price_outside_filter");
        // Inside both bounds the worked example stands: q 0.00618.
        Symbol inside = btcUsdcWithin(null, new BigDecimal("88650.00"), new BigDecimal("90000.00"));
        assertThat(sized(size(inside, "90000.00", "1000", "1000", FEE_IN_BASE)).quantity())
                .isEqualTo(Quantity.of("0.00618"));
    }

    /** BTCUSDC under a LOT_SIZE maximum and PRICE_FILTER bounds, each null for none; otherwise as its step alone. */
    private static Symbol btcUsdcWithin(BigDecimal maxQty, BigDecimal minPrice, BigDecimal maxPrice) {
        return MarketFixtures.btcUsdc(new OrderLimits(
                new BigDecimal("0.00001"),
                maxQty,
                BigDecimal.ZERO,
                null,
                BigDecimal.ZERO,
                null,
                true,
                false,
                minPrice,
                maxPrice,
                null));
    }

    @ParameterizedTest(name = "capital {0}, free {1}: {2}")
    @CsvSource(textBlock = """
            # Free 5: 5 × 0.99 / 90,000 = 0.000055 → 0.00005, worth 4.50 < 5; free 0 buys nothing.
            1000, 5,    insufficient_balance
            1000, 0,    insufficient_balance
            # Capital 8: R = 0.08, / 1,617.21135 = 0.0000494… → 0.00004, worth 3.60 < 5.
            8,    1000, below_min_notional
            # Capital 10: R = 0.1 → 0.00006, worth 5.40: the entry passes. After the base fee
            # floor(0.00006 × 0.999) = 0.00005, × F 88,561.35 = 4.43 < 5: the stop could never fill.
            10,   1000, exit_below_min_notional
            """)
    void refusesASizeTheCashOrTheExchangeMinimumsCannotCarry(String capital, String free, String code) {
        assertThat(refusal(size(capital, free, FEE_IN_BASE))).isEqualTo(code);
    }

    @Test
    void aFeePaidInBnbLetsTheStopSellTheWholeSmallSize() {
        // Capital 10 again with the fee in BNB: the stop sells all 0.00006, × F 88,561.35 = 5.31, enough.
        assertThat(size("10", "1000", FEE_IN_BNB)).isInstanceOf(PositionSize.class);
    }

    @Test
    void refusesBelowTheMinimumQuantity() {
        // Capital 100: R = 1, 1 / 1,617.21135 = 0.000618… → 0.00061 < the minimum 0.001.
        Symbol lotOfOneThousandth = MarketFixtures.btcUsdc(OrderLimits.stepOnly(new BigDecimal("0.001")));

        SizingOutcome outcome = size(lotOfOneThousandth, "90000.00", "100", "1000", FEE_IN_BASE);

        assertThat(refusal(outcome)).isEqualTo("below_min_quantity");
        assertThat(((SizingRefusal) outcome).message()).contains("0.00061", "0.001");
    }

    @Test
    void refusesWhenTheFeeLeavesLessThanOneStep() {
        // No minimum notional; capital 2: R = 0.02 → 0.00001 (one step); 0.00001 × 0.999 floors to 0.
        Symbol noMinimum = new Symbol(
                "BTCUSDC",
                Asset.of("BTC"),
                Asset.of("USDC"),
                new BigDecimal("0.01"),
                new BigDecimal("0.00001"),
                BigDecimal.ZERO);

        assertThat(refusal(size(noMinimum, "90000.00", "2", "1000", FEE_IN_BASE)))
                .isEqualTo("exit_below_min_quantity");
    }

    @Test
    void neverRisksMoreThanTheAllowance() {
        // q is floored at every step, so q × L ≤ R for any capital; checked over a spread of them.
        for (int capital = 50; capital <= 100_000; capital += 37) {
            SizingOutcome outcome = size(String.valueOf(capital), "1000000", FEE_IN_BASE);
            if (outcome instanceof PositionSize size) {
                assertThat(size.plannedRisk()).isLessThanOrEqualTo(size.riskAllowance());
                // And one more step would break it: the floor is the largest allowed.
                BigDecimal oneMore = size.quantity().value().add(BTCUSDC.stepSize());
                assertThat(oneMore.multiply(size.lossPerUnit())).isGreaterThan(size.riskAllowance());
            }
        }
    }
}
