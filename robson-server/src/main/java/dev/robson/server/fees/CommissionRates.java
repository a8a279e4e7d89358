package dev.robson.server.fees;

import dev.robson.core.market.Symbol;
import java.math.BigDecimal;

/**
 * The commission a tenant pays: the exchange account's rates in live mode
 * ({@code GET /api/v3/account/commission}), a configured default (0.1 %) in paper mode.
 */
public interface CommissionRates {

    /** The taker rate on {@code symbol} (0.001 = 0.1 %): what a MARKET close pays. */
    BigDecimal takerRate(long tenantId, Symbol symbol);

    /**
     * Whether the account pays commissions in BNB. Binance otherwise takes a fee in the asset
     * the trade brings in (the base on a BUY), so the coins an entry buys are fewer than it
     * bought by the fee; paper trading pays that way.
     */
    default boolean paysFeesInBnb(long tenantId, Symbol symbol) {
        return false;
    }
}
