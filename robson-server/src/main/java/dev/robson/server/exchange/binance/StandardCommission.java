package dev.robson.server.exchange.binance;

import java.math.BigDecimal;

/**
 * An account's standard commission rates on one symbol (0.001 = 0.1 %).
 *
 * @param feesInBnb the account pays commissions in BNB ({@code discount.enabledForAccount}),
 *                  so a BUY's fee is not taken from the coins bought
 */
public record StandardCommission(String symbol, BigDecimal maker, BigDecimal taker, boolean feesInBnb) {}
