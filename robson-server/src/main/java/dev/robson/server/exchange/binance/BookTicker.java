package dev.robson.server.exchange.binance;

import java.math.BigDecimal;

/** The best bid and ask of a symbol and the quantity resting at each. */
public record BookTicker(
        String symbol, BigDecimal bidPrice, BigDecimal bidQty, BigDecimal askPrice, BigDecimal askQty) {}
