package dev.robson.server.holdings;

import java.math.BigDecimal;

/** What the account holds of one asset: free to trade, and locked in open orders. */
public record AssetBalance(String asset, BigDecimal free, BigDecimal locked) {

    public BigDecimal total() {
        return free.add(locked);
    }
}
