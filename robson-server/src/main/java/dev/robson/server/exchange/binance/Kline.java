package dev.robson.server.exchange.binance;

import java.math.BigDecimal;

/** One candle as Binance reports it; {@code closeTimeMs} is the last millisecond of the interval. */
public record Kline(
        long openTimeMs,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal volume,
        long closeTimeMs) {}
