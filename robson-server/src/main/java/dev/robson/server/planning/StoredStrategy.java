package dev.robson.server.planning;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.operation.Side;
import dev.robson.core.planning.Strategy;
import dev.robson.core.planning.stop.StopFinderParameters;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A strategy row as stored: the tenant's number for it and its raw settings. A row is checked
 * by the domain when a plan reads it, not when it is listed, so a bad row shows in the list and
 * refuses plans with {@code invalid_strategy}.
 *
 * @param id     storage's id (one sequence across tenants, never shown)
 * @param number the tenant's own number for it, which the API shows as its id
 */
record StoredStrategy(
        long id,
        long number,
        String name,
        String side,
        String timeframe,
        int supportLevel,
        BigDecimal riskPerTradePercent,
        BigDecimal rewardMultiple,
        BigDecimal maxMonthlyLossPercent,
        int lookback,
        BigDecimal clusterTolerancePercent,
        BigDecimal minDistancePercent,
        BigDecimal maxDistancePercent,
        int atrPeriod,
        BigDecimal atrMultiple,
        long maxStalenessSeconds) {

    /** The row a tenant gets when it has none: {@link Strategy#btcSpotManual()} with the finder's defaults. */
    static StoredStrategy defaults() {
        Strategy manual = Strategy.btcSpotManual();
        StopFinderParameters finder = manual.finderParameters();
        return new StoredStrategy(
                0,
                1,
                manual.name(),
                manual.side().positionLabel(),
                manual.timeframe().code(),
                finder.supportLevel(),
                manual.riskPerTradePercent(),
                manual.rewardMultiple(),
                manual.maxMonthlyLossPercent(),
                finder.lookback(),
                finder.clusterTolerancePercent(),
                finder.minDistancePercent(),
                finder.maxDistancePercent(),
                finder.atrPeriod(),
                finder.atrMultiple(),
                finder.maxStaleness().toSeconds());
    }

    /** The domain's strategy; a row it cannot hold refuses with {@code invalid_strategy} (422). */
    Strategy strategy() {
        try {
            CandleInterval interval = CandleInterval.fromCode(timeframe)
                    .orElseThrow(() -> invalid("has an unknown timeframe '" + timeframe + "'"));
            return new Strategy(
                    name,
                    Side.fromLabel(side),
                    interval,
                    riskPerTradePercent,
                    rewardMultiple,
                    maxMonthlyLossPercent,
                    new StopFinderParameters(
                            supportLevel,
                            lookback,
                            clusterTolerancePercent,
                            minDistancePercent,
                            maxDistancePercent,
                            atrPeriod,
                            atrMultiple,
                            Duration.ofSeconds(maxStalenessSeconds)));
        } catch (DomainRuleViolation | IllegalArgumentException broken) {
            if (broken instanceof DomainRuleViolation violation && Strategy.INVALID_STRATEGY.equals(violation.code())) {
                throw violation;
            }
            throw invalid("cannot be used: " + broken.getMessage());
        }
    }

    private DomainRuleViolation invalid(String why) {
        return new DomainRuleViolation(Strategy.INVALID_STRATEGY, "Strategy " + number + " (" + name + ") " + why);
    }
}
