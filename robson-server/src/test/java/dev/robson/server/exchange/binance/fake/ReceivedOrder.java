package dev.robson.server.exchange.binance.fake;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order the fake accepted and filled, as a test inspects it.
 *
 * @param fillPrice the first fill's price (ask for BUY, bid for SELL)
 * @param commission the commission of all fills, in {@code commissionAsset}
 * @param limitPrice  a LIMIT order's price; null for MARKET
 * @param timeInForce a LIMIT order's time in force (IOC); null for MARKET
 * @param fills     each trade against the book, in order
 */
public record ReceivedOrder(
        long orderId,
        String apiKey,
        String symbol,
        String side,
        String type,
        BigDecimal origQty,
        BigDecimal executedQty,
        BigDecimal cummulativeQuoteQty,
        BigDecimal fillPrice,
        BigDecimal commission,
        String commissionAsset,
        String clientOrderId,
        String status,
        long transactTimeMs,
        List<Fill> fills,
        BigDecimal limitPrice,
        String timeInForce) {

    public ReceivedOrder {
        fills = List.copyOf(fills);
    }

    /** Whether this is a close order of the operation: the server numbers it {@code rb<prefix>-<id>-c<attempt>}. */
    public boolean closes(long operationId) {
        return clientOrderId.matches("rb[a-z0-9]{6}-" + operationId + "-c[0-9]+");
    }

    /** Whether this is the entry order of the planned operation: {@code rb<prefix>-<id>-e1}. */
    public boolean enters(long operationId) {
        return clientOrderId.matches("rb[a-z0-9]{6}-" + operationId + "-e1");
    }

    /** One trade: Binance's {@code fills[]} entry. */
    public record Fill(BigDecimal price, BigDecimal qty, BigDecimal commission, String commissionAsset, long tradeId) {}
}
