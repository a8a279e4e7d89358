package dev.robson.server.exchange.binance;

/**
 * How the minute's request weight is divided. Binance allows {@code minuteLimit} per IP and,
 * once it is spent, refuses every call (429, then a ban: 418), orders included. So candles,
 * account reads and quotes may each spend only their share in a minute, and none of them once
 * the minute's total (as Binance reports it, counting other processes on the same IP) would
 * leave less than {@code ordersReserve}; orders are never held back by Robson itself.
 *
 * @param minuteLimit   Binance's REQUEST_WEIGHT limit per minute (6,000 on spot)
 * @param candleShare   weight candles and exchangeInfo may use per minute
 * @param accountShare  weight account reads may use per minute
 * @param quoteShare    weight quotes may use per minute
 * @param ordersReserve weight always left for orders and order lookups
 */
public record WeightShares(int minuteLimit, int candleShare, int accountShare, int quoteShare, int ordersReserve) {

    public WeightShares {
        if (minuteLimit <= 0
                || candleShare < 0
                || accountShare < 0
                || quoteShare < 0
                || ordersReserve < 0
                || ordersReserve >= minuteLimit) {
            throw new IllegalArgumentException("weight shares must be non-negative and leave room under the limit");
        }
    }

    public static WeightShares defaults() {
        return new WeightShares(6_000, 1_000, 1_000, 3_000, 600);
    }

    int shareOf(WeightClass weightClass) {
        return switch (weightClass) {
            case ORDERS -> Integer.MAX_VALUE;
            case QUOTES -> quoteShare;
            case ACCOUNT -> accountShare;
            case CANDLES -> candleShare;
        };
    }
}
