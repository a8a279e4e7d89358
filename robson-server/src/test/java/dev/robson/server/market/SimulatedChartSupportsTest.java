package dev.robson.server.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Asset;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import dev.robson.core.planning.stop.StopFinder;
import dev.robson.core.planning.stop.StopFinderParameters;
import dev.robson.core.planning.stop.StopOutcome;
import dev.robson.core.planning.stop.TechnicalStop;
import dev.robson.server.support.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's simulated market (its seed, levels and history) draws a chart a plan can be made
 * from: from the moment it starts, whatever the time of day, and for the next twelve hours, the
 * stop finder places the stop under a swing support with at least two supports below the ask.
 */
class SimulatedChartSupportsTest {

    private static final List<Symbol> SYMBOLS = List.of(
            new Symbol(
                    "BTCUSDC",
                    Asset.of("BTC"),
                    Asset.of("USDC"),
                    new BigDecimal("0.01"),
                    new BigDecimal("0.00001"),
                    new BigDecimal("5")),
            new Symbol(
                    "ETHUSDC",
                    Asset.of("ETH"),
                    Asset.of("USDC"),
                    new BigDecimal("0.01"),
                    new BigDecimal("0.0001"),
                    new BigDecimal("5")));

    @ParameterizedTest
    @ValueSource(
            strings = {"2026-12-02T02:07:13Z", "2026-12-09T17:41:59Z", "2027-03-14T23:59:30Z", "2026-06-15T08:33:21Z"})
    void fromItsStartTheDemoMarketHasSwingSupportsUnderTheAsk(String start) {
        MutableClock clock = new MutableClock(Instant.parse(start));
        SimulatedMarket market = new SimulatedMarket(
                clock, MarketConfig.SIMULATED_SEED, MarketConfig.LEVELS, MarketConfig.SIMULATED_HISTORY);
        StopFinder finder = new StopFinder(StopFinderParameters.DEFAULTS);

        for (int hour = 0; hour <= 12; hour++) {
            Instant now = clock.instant();
            for (Symbol symbol : SYMBOLS) {
                Price ask = market.quote(symbol).quote().ask();
                StopOutcome outcome = finder.find(
                        market.candles(symbol, CandleInterval.FIFTEEN_MINUTES, now.minus(Duration.ofDays(2)), now),
                        CandleInterval.FIFTEEN_MINUTES,
                        ask,
                        symbol.tickSize(),
                        now);

                String when = symbol.name() + " at " + now + " (ask " + ask + ")";
                assertThat(outcome).as(when).isInstanceOf(TechnicalStop.class);
                TechnicalStop stop = (TechnicalStop) outcome;
                assertThat(stop.method().code()).as(when).startsWith("SWING_LEVEL_");
                assertThat(stop.analysis().levels()).as(when).hasSizeGreaterThanOrEqualTo(2);
            }
            clock.advance(Duration.ofHours(1));
        }
    }
}
