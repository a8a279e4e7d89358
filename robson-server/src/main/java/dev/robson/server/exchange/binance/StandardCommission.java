package dev.robson.server.exchange.binance;

import java.math.BigDecimal;

/** An account's standard commission rates on one symbol (0.001 = 0.1 %). */
public record StandardCommission(String symbol, BigDecimal maker, BigDecimal taker) {}
