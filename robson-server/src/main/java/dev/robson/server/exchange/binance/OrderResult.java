package dev.robson.server.exchange.binance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * An order as Binance reports it after placing (with its fills) or on a query (fills empty:
 * the query endpoint does not list them; {@link BinanceClient#myTrades} does).
 *
 * @param cummulativeQuoteQty Binance's spelling; the quote amount spent or received so far
 * @param side                BUY or SELL, or null when the answer did not say
 * @param timeMs              when Binance placed it ({@code transactTime} or {@code time}), or null
 */
public record OrderResult(
        String symbol,
        long orderId,
        String clientOrderId,
        String status,
        BigDecimal origQty,
        BigDecimal executedQty,
        BigDecimal cummulativeQuoteQty,
        List<Fill> fills,
        String side,
        Long timeMs) {

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

    /** The same order with the fills {@code myTrades} listed for it. */
    public OrderResult withFills(List<Fill> trades) {
        return new OrderResult(
                symbol,
                orderId,
                clientOrderId,
                status,
                origQty,
                executedQty,
                cummulativeQuoteQty,
                trades,
                side,
                timeMs);
    }

    /**
     * One trade against the book; commission is charged in {@code commissionAsset}.
     *
     * @param tradeId Binance's trade id, unique per symbol: how a trade is counted once
     */
    public record Fill(BigDecimal price, BigDecimal qty, BigDecimal commission, String commissionAsset, long tradeId) {

        public Fill(BigDecimal price, BigDecimal qty, BigDecimal commission, String commissionAsset) {
            this(price, qty, commission, commissionAsset, 0);
        }
    }
}
