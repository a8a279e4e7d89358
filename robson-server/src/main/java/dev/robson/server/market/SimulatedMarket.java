package dev.robson.server.market;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A market that moves without an exchange, for the demo and for tests: one seeded
 * {@link SimulatedWalk} per symbol around real price levels, with a history long enough to
 * draw a week of candles. Every quote it gives is labelled SIMULATED.
 */
public class SimulatedMarket implements QuoteSource, CandleSource {

    private final Clock clock;
    private final long seed;
    private final Map<String, BigDecimal> levels;
    private final long historySeconds;
    private final Map<String, SimulatedWalk> walks = new ConcurrentHashMap<>();

    /**
     * @param levels  price level by symbol (e.g. ETHBTC) or, failing that, by base asset (BTC)
     * @param history how far back candles reach
     */
    public SimulatedMarket(Clock clock, long seed, Map<String, BigDecimal> levels, Duration history) {
        this.clock = clock;
        this.seed = seed;
        this.levels = Map.copyOf(levels);
        this.historySeconds = history.toSeconds();
    }

    @Override
    public MarketQuote quote(Symbol symbol) {
        SimulatedWalk walk = walkOf(symbol);
        walk.advanceTo(clock.instant());
        return new MarketQuote(walk.quote(), PriceSource.SIMULATED, false);
    }

    @Override
    public List<Candle> candles(Symbol symbol, CandleInterval interval, Instant from, Instant to) {
        SimulatedWalk walk = walkOf(symbol);
        walk.advanceTo(clock.instant());
        return walk.candles(interval, from, to);
    }

    @Override
    public PriceSource source() {
        return PriceSource.SIMULATED;
    }

    private SimulatedWalk walkOf(Symbol symbol) {
        return walks.computeIfAbsent(
                symbol.name(), name -> new SimulatedWalk(symbol, levelOf(symbol), seed, historySeconds));
    }

    private BigDecimal levelOf(Symbol symbol) {
        BigDecimal level = levels.get(symbol.name());
        return level != null ? level : levels.getOrDefault(symbol.base().code(), BigDecimal.valueOf(100));
    }
}
