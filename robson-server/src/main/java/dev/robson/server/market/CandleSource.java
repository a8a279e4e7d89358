package dev.robson.server.market;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Symbol;
import java.time.Instant;
import java.util.List;

/** OHLCV history of a symbol. */
public interface CandleSource {

    /** Candles whose open time lies in {@code [from, to]}, oldest first; the last may still be forming. */
    List<Candle> candles(Symbol symbol, CandleInterval interval, Instant from, Instant to);

    PriceSource source();
}
