package dev.robson.core.planning;

import static dev.robson.core.DomainRuleAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.CandleInterval;
import dev.robson.core.operation.Side;
import dev.robson.core.planning.stop.StopFinderParameters;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StrategyTest {

    private static Strategy strategy(String name, String risk, String reward, String monthly) {
        return new Strategy(
                name,
                Side.BUY,
                CandleInterval.FIFTEEN_MINUTES,
                risk == null ? null : new BigDecimal(risk),
                reward == null ? null : new BigDecimal(reward),
                monthly == null ? null : new BigDecimal(monthly),
                StopFinderParameters.DEFAULTS);
    }

    private static void assertInvalid(Runnable build, String messagePart) {
        assertRuleViolation(build::run, "invalid_strategy").hasMessageContaining(messagePart);
    }

    @Test
    void theDemoStrategy() {
        Strategy strategy = Strategy.btcSpotManual();

        assertThat(strategy.name()).isEqualTo("BTC Spot Manual");
        assertThat(strategy.side()).isEqualTo(Side.BUY);
        assertThat(strategy.timeframe().code()).isEqualTo("15m");
        assertThat(strategy.supportLevel()).isEqualTo(2);
        assertThat(strategy.riskPerTradePercent()).isEqualByComparingTo("1");
        assertThat(strategy.rewardMultiple()).isEqualByComparingTo("2");
        assertThat(strategy.maxMonthlyLossPercent()).isEqualByComparingTo("4");
        assertThat(strategy.finderParameters()).isEqualTo(StopFinderParameters.DEFAULTS);
    }

    @Test
    void theNameIsTrimmedAndRequired() {
        assertThat(strategy("  Swing  ", "1", "2", "4").name()).isEqualTo("Swing");
        assertInvalid(() -> strategy(" ", "1", "2", "4"), "name");
        assertInvalid(() -> strategy("x".repeat(65), "1", "2", "4"), "name");
    }

    @Test
    void percentagesMustBeAboveZeroAndAtMostAHundred() {
        assertInvalid(() -> strategy("S", "0", "2", "4"), "risk per trade");
        assertInvalid(() -> strategy("S", null, "2", "4"), "risk per trade");
        assertInvalid(() -> strategy("S", "1", "2", "100.01"), "max monthly loss");
        assertThat(strategy("S", "100", "2", "100").maxMonthlyLossPercent()).isEqualByComparingTo("100");
    }

    @Test
    void oneTradeMayNotRiskMoreThanTheMonth() {
        assertInvalid(() -> strategy("S", "5", "2", "4"), "more per trade than it allows per month");
    }

    @Test
    void theRewardMultipleMustBePositive() {
        assertInvalid(() -> strategy("S", "1", "0", "4"), "reward multiple");
        assertInvalid(() -> strategy("S", "1", null, "4"), "reward multiple");
    }

    @Test
    void aShortStrategyCanBeConfigured() {
        // Planning refuses it (side_not_supported); the row itself is valid.
        Strategy shortStrategy = new Strategy(
                "Short",
                Side.SELL,
                CandleInterval.FIFTEEN_MINUTES,
                BigDecimal.ONE,
                BigDecimal.TWO,
                new BigDecimal("4"),
                StopFinderParameters.DEFAULTS);

        assertThat(shortStrategy.side()).isEqualTo(Side.SELL);
    }
}
