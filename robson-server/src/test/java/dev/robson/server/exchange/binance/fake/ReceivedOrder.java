package dev.robson.server.exchange.binance.fake;

import java.math.BigDecimal;

/**
 * An order the fake accepted and filled, as a test inspects it.
 *
 * @param fillPrice the price it filled at (ask for BUY, bid for SELL)
 */
public record ReceivedOrder(long orderId, String apiKey, String symbol, String side, String type,
                            BigDecimal origQty, BigDecimal executedQty, BigDecimal cummulativeQuoteQty,
                            BigDecimal fillPrice, BigDecimal commission, String commissionAsset,
                            String clientOrderId, String status, long transactTimeMs) {
}
