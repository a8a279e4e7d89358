package dev.robson.core.valuation;

import static dev.robson.core.MarketFixtures.activeOn;
import static dev.robson.core.MarketFixtures.btcUsdc;
import static dev.robson.core.MarketFixtures.demoLong;
import static dev.robson.core.MarketFixtures.demoQuote;
import static dev.robson.core.MarketFixtures.demoShort;
import static dev.robson.core.MarketFixtures.ethBtcLong;
import static dev.robson.core.MarketFixtures.ethBtcQuote;
import static dev.robson.core.MarketFixtures.filledEntry;
import static dev.robson.core.MarketFixtures.filledExit;
import static dev.robson.core.MarketFixtures.longAveragedOverThreeFills;
import static dev.robson.core.MarketFixtures.quote;
import static dev.robson.core.MarketFixtures.tracked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionValuationTest {

    @Test
    void demoLongIsValuedAtTheBidAtFullPrecision() {
        PositionValuation valuation = PositionValuation.of(demoLong(), demoQuote());

        assertThat(valuation.quantity()).isEqualByComparingTo("0.00033");
        assertThat(valuation.entryPrice()).isEqualByComparingTo("88837.92");
        assertThat(valuation.currentPrice()).isEqualByComparingTo("89245.00");
        // (89245.00 - 88837.92) x 0.00033
        assertThat(valuation.unrealizedPnl()).isEqualByComparingTo("0.1343364");
        assertThat(valuation.costBasis()).isEqualByComparingTo("29.3165136");
        assertThat(valuation.positionValue()).isEqualByComparingTo("29.45085");
        // 0.1343364 / 29.3165136 x 100 = 407.08 / 88837.92 x 100
        assertThat(valuation.unrealizedPnlPercent()).isEqualByComparingTo("0.4582277477905831203612151207502382");
        // (87061.16 - 89245.00) / 89245.00 x 100
        assertThat(valuation.distanceToStopPercent()).isEqualByComparingTo("-2.447016639587651969297999887948905");
        // (92391.44 - 89245.00) / 89245.00 x 100
        assertThat(valuation.distanceToTargetPercent()).isEqualByComparingTo("3.525620482940220740657739929407810");
        // (87061.16 - 88837.92) x 0.00033
        assertThat(valuation.riskAtStop()).isEqualByComparingTo("-0.5863308");
        // (92391.44 - 88837.92) x 0.00033
        assertThat(valuation.rewardAtTarget()).isEqualByComparingTo("1.1726616");
        assertThat(valuation.quote()).isEqualTo(demoQuote());
    }

    @Test
    void demoLongRoundsForDisplay() {
        RoundedValuation rounded = PositionValuation.of(demoLong(), demoQuote()).rounded();

        assertThat(rounded.quoteAsset().code()).isEqualTo("USDC");
        assertThat(rounded.quantity()).hasToString("0.00033");
        assertThat(rounded.entryPrice()).hasToString("88837.92");
        assertThat(rounded.currentPrice()).hasToString("89245.00");
        assertThat(rounded.stopLoss()).hasToString("87061.16");
        assertThat(rounded.takeProfit()).hasToString("92391.44");
        assertThat(rounded.unrealizedPnl()).hasToString("0.13");
        assertThat(rounded.unrealizedPnlPercent()).hasToString("0.46");
        assertThat(rounded.distanceToStopPercent()).hasToString("-2.45");
        assertThat(rounded.distanceToTargetPercent()).hasToString("3.53");
        assertThat(rounded.riskAtStop()).hasToString("-0.59");
        assertThat(rounded.rewardAtTarget()).hasToString("1.17");
        assertThat(rounded.positionValue()).hasToString("29.45");
        assertThat(rounded.costBasis()).hasToString("29.32");
    }

    @Test
    void shortIsValuedAtTheAsk() {
        PositionValuation valuation = PositionValuation.of(demoShort(), demoQuote());

        assertThat(valuation.currentPrice()).isEqualByComparingTo("89246.00");
        // (90000 - 89246) x 0.00033
        assertThat(valuation.unrealizedPnl()).isEqualByComparingTo("0.24882");
        // (90000 - 91000) x 0.00033
        assertThat(valuation.riskAtStop()).isEqualByComparingTo("-0.33");
        // (90000 - 85000) x 0.00033
        assertThat(valuation.rewardAtTarget()).isEqualByComparingTo("1.65");
        RoundedValuation rounded = valuation.rounded();
        assertThat(rounded.unrealizedPnl()).hasToString("0.25");
        assertThat(rounded.currentPrice()).hasToString("89246.00");
        // (91000 - 89246) / 89246 x 100 = 1.9653...
        assertThat(rounded.distanceToStopPercent()).hasToString("1.97");
        // (85000 - 89246) / 89246 x 100 = -4.7576...
        assertThat(rounded.distanceToTargetPercent()).hasToString("-4.76");
        assertThat(rounded.positionValue()).hasToString("29.45");
        assertThat(rounded.costBasis()).hasToString("29.70");
    }

    @Test
    void severalEntryFillsAreValuedAtTheirWeightedAverage() {
        Operation operation = activeOn(Side.BUY, List.of(filledEntry("0.001", "100"), filledEntry("0.003", "200")));

        PositionValuation valuation = PositionValuation.of(operation, quote("BTCUSDC", "180", "181"));

        assertThat(valuation.entryPrice()).isEqualByComparingTo("175");
        assertThat(valuation.quantity()).isEqualByComparingTo("0.004");
        // (180 - 175) x 0.004
        assertThat(valuation.unrealizedPnl()).isEqualByComparingTo("0.02");
        assertThat(valuation.costBasis()).isEqualByComparingTo("0.7");
    }

    @Test
    void averageEntryIsShownAtTickPrecision() {
        Operation operation = longAveragedOverThreeFills();

        RoundedValuation rounded = PositionValuation.of(operation, demoQuote()).rounded();

        assertThat(rounded.entryPrice()).hasToString("88837.92");
        assertThat(rounded.quantity()).hasToString("0.00003");
    }

    @Test
    void partialExitValuesOnlyWhatIsStillOpen() {
        Operation operation = demoLong();
        operation.beginClosing(CloseReason.MANUAL);
        operation.recordExit(filledExit("0.00013", "89000"));

        PositionValuation valuation = PositionValuation.of(operation, demoQuote());

        assertThat(valuation.quantity()).isEqualByComparingTo("0.0002");
        // 407.08 x 0.0002
        assertThat(valuation.unrealizedPnl()).isEqualByComparingTo("0.081416");
        assertThat(valuation.rounded().quantity()).hasToString("0.00020");
    }

    /** HALF_UP rounds a gain and a loss alike, away from zero; the cost basis needs no rounding. */
    @ParameterizedTest(name = "bid {0}: P&L {2}, {3} %, value {4}")
    @CsvSource(textBlock = """
            # 2500 x 0.00005 = 0.125; 2500 / 80000 = 3.125 %; 82500 x 0.00005 = 4.125
            82500.00, 82501.00,  0.13,  3.13, 4.13
            # -2500 x 0.00005 = -0.125; -3.125 %; 77500 x 0.00005 = 3.875
            77500.00, 77501.00, -0.13, -3.13, 3.88
            """)
    void amountsEndingInFiveRoundAwayFromZero(
            String bid, String ask, String pnl, String pnlPercent, String positionValue) {
        RoundedValuation rounded = PositionValuation.of(halfCentBoundaryPosition(), quote("BTCUSDC", bid, ask))
                .rounded();

        assertThat(rounded.unrealizedPnl()).hasToString(pnl);
        assertThat(rounded.unrealizedPnlPercent()).hasToString(pnlPercent);
        assertThat(rounded.positionValue()).hasToString(positionValue);
        assertThat(rounded.costBasis()).hasToString("4.00");
    }

    @Test
    void btcQuotedAmountsKeepEightDecimals() {
        PositionValuation valuation = PositionValuation.of(ethBtcLong(), ethBtcQuote());
        RoundedValuation rounded = valuation.rounded();

        // (0.03611 - 0.03512) x 1.2345
        assertThat(valuation.unrealizedPnl()).isEqualByComparingTo("0.001222155");
        assertThat(rounded.quoteAsset().code()).isEqualTo("BTC");
        assertThat(rounded.unrealizedPnl()).hasToString("0.00122216");
        assertThat(rounded.positionValue()).hasToString("0.04457780");
        assertThat(rounded.costBasis()).hasToString("0.04335564");
        assertThat(rounded.entryPrice()).hasToString("0.03512");
        assertThat(rounded.currentPrice()).hasToString("0.03611");
        assertThat(rounded.quantity()).hasToString("1.2345");
    }

    @Test
    void quoteMustBeForTheOperationsSymbol() {
        assertThatThrownBy(() -> PositionValuation.of(demoLong(), quote("ETHBTC", "0.03", "0.04")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quote for ETHBTC cannot value an operation on BTCUSDC");
    }

    @Test
    void operationWithNothingOpenCannotBeValued() {
        Operation operation = demoLong().withId(12L);
        operation.beginClosing(CloseReason.MANUAL);
        operation.recordExit(filledExit("0.00033", "89000"));

        assertThatThrownBy(() -> PositionValuation.of(operation, demoQuote()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operation 12 has no open quantity to value");
    }

    @Test
    void rejectsMissingArguments() {
        assertThatThrownBy(() -> PositionValuation.of(null, demoQuote())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PositionValuation(
                        demoLong(),
                        demoQuote(),
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundedValuationRequiresEveryComponent() {
        assertThatThrownBy(() -> new RoundedValuation(
                        null,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** LONG 0.00005 BTC at 80000: every 2500 of price move is exactly 0.125 USDC and 3.125 %. */
    private static Operation halfCentBoundaryPosition() {
        return tracked(btcUsdc(), Side.BUY, "0.00005", "80000.00", "70000", "90000", "80000");
    }
}
