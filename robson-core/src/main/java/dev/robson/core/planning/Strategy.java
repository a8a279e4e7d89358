package dev.robson.core.planning;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.operation.Side;
import dev.robson.core.planning.stop.StopFinderParameters;
import java.math.BigDecimal;

/**
 * How a trader enters: which side, which chart, which support the stop goes under, how much of
 * the capital one stop-out and one month may cost, and how far the target sits. Percentages are
 * percent ({@code 1} means 1 %). The support level is the finder's, so it has one source.
 *
 * <p>A SHORT strategy can be configured; planning refuses it ({@code side_not_supported}), since
 * the account trades spot.
 */
public record Strategy(
        String name,
        Side side,
        CandleInterval timeframe,
        BigDecimal riskPerTradePercent,
        BigDecimal rewardMultiple,
        BigDecimal maxMonthlyLossPercent,
        StopFinderParameters finderParameters) {

    public static final String INVALID_STRATEGY = "invalid_strategy";

    private static final int MAX_NAME_LENGTH = 64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Strategy {
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw invalid("a strategy needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (side == null || timeframe == null || finderParameters == null) {
            throw invalid("strategy " + name + " needs a side, a timeframe and stop-finder parameters");
        }
        requirePercent(name, "risk per trade", riskPerTradePercent);
        requirePercent(name, "max monthly loss", maxMonthlyLossPercent);
        // Otherwise every plan would be refused by the month's budget before it is made.
        if (riskPerTradePercent.compareTo(maxMonthlyLossPercent) > 0) {
            throw invalid("strategy " + name + " risks more per trade than it allows per month");
        }
        if (rewardMultiple == null || rewardMultiple.signum() <= 0) {
            throw invalid("strategy " + name + " needs a positive reward multiple");
        }
    }

    /** "BTC Spot Manual": LONG on 15 m candles, under the second support, 1 % a trade, 2 R, 4 % a month. */
    public static Strategy btcSpotManual() {
        return new Strategy(
                "BTC Spot Manual",
                Side.BUY,
                CandleInterval.FIFTEEN_MINUTES,
                BigDecimal.ONE,
                BigDecimal.TWO,
                new BigDecimal("4"),
                StopFinderParameters.DEFAULTS);
    }

    /** N: the support counted from the entry the stop goes under. */
    public int supportLevel() {
        return finderParameters.supportLevel();
    }

    private static void requirePercent(String name, String what, BigDecimal percent) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw invalid("strategy " + name + " needs a " + what + " above 0 and at most 100 %");
        }
    }

    private static DomainRuleViolation invalid(String message) {
        return new DomainRuleViolation(INVALID_STRATEGY, message);
    }
}
