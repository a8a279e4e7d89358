package dev.robson.server.exchange.binance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * An order as Binance reports it after placing (with its fills) or on a query (fills empty:
 * the query endpoint does not list them).
 *
 * @param cummulativeQuoteQty Binance's spelling; the quote amount spent or received so far
 */
public record OrderResult(String symbol, long orderId, String clientOrderId, String status,
                          BigDecimal origQty, BigDecimal executedQty, BigDecimal cummulativeQuoteQty,
                          List<Fill> fills) {

    public OrderResult {
        fills = List.copyOf(fills);
    }

    /** The volume-weighted fill price at 34 significant digits, or null when nothing executed. */
    public BigDecimal averagePrice() {
        if (executedQty == null || cummulativeQuoteQty == null || executedQty.signum() == 0) {
            return null;
        }
        return cummulativeQuoteQty.divide(executedQty, MathContext.DECIMAL128);
    }

    /** One trade against the book; commission is charged in {@code commissionAsset}. */
    public record Fill(BigDecimal price, BigDecimal qty, BigDecimal commission, String commissionAsset) {
    }
}
