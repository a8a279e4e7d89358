package dev.robson.server.market;

import dev.robson.core.market.Candle;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;

/** One candle as the API shows it: times in epoch seconds, prices to the tick. */
record CandleView(
        long openTime,
        long closeTime,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal volume,
        boolean closed) {

    static CandleView of(Symbol symbol, Candle candle) {
        return new CandleView(
                candle.openTime().getEpochSecond(),
                candle.closeTime().getEpochSecond(),
                symbol.roundPrice(candle.open().value()),
                symbol.roundPrice(candle.high().value()),
                symbol.roundPrice(candle.low().value()),
                symbol.roundPrice(candle.close().value()),
                symbol.roundQuantity(candle.volume()),
                candle.closed());
    }
}
