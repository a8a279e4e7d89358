package dev.robson.server.exchange.binance;

import java.math.BigDecimal;
import java.util.List;

/** The spot account's non-zero balances. */
public record AccountBalances(List<AssetBalance> balances) {

    public AccountBalances {
        balances = List.copyOf(balances);
    }

    /** Free to trade, and locked in open orders. */
    public record AssetBalance(String asset, BigDecimal free, BigDecimal locked) {}
}
