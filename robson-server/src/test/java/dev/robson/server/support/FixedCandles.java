package dev.robson.server.support;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Symbol;
import dev.robson.server.market.CandleSource;
import dev.robson.server.market.PriceSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Candles the test draws: a chart per symbol, drawn afresh for the moment it is read (so a
 * moved clock reads the same shape, up to date), and the seeded simulated market for the rest.
 */
public class FixedCandles implements CandleSource {

    private final CandleSource otherwise;
    private final Map<String, Function<Instant, List<Candle>>> charts = new ConcurrentHashMap<>();

    public FixedCandles(CandleSource otherwise) {
        this.otherwise = otherwise;
    }

    /** From now on {@code symbol}'s candles, read at any instant, are {@code chart} of that instant. */
    public void chart(String symbol, Function<Instant, List<Candle>> chart) {
        charts.put(symbol, chart);
    }

    @Override
    public List<Candle> candles(Symbol symbol, CandleInterval interval, Instant from, Instant to) {
        Function<Instant, List<Candle>> chart = charts.get(symbol.name());
        if (chart == null) {
            return otherwise.candles(symbol, interval, from, to);
        }
        return chart.apply(to).stream()
                .filter(candle ->
                        !candle.openTime().isBefore(from) && !candle.openTime().isAfter(to))
                .toList();
    }

    @Override
    public PriceSource source() {
        return PriceSource.SIMULATED;
    }
}
