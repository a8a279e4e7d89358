package dev.robson.server.closing;

import java.math.BigDecimal;

/**
 * What the account and the exchange allow the next close order, read before any transaction.
 *
 * @param free          the account's free balance of what the close spends: the base asset a LONG
 *                      sells, the quote asset a SHORT buys back with; null when unreadable
 * @param notionalPrice the price the exchange judges a MARKET order's notional at (the average
 *                      price over avgPriceMins); null when unreadable, and the exit price stands in
 */
record CloseBounds(BigDecimal free, BigDecimal notionalPrice) {

    static final CloseBounds UNKNOWN = new CloseBounds(null, null);
}
