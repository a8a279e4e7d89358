package dev.robson.server.exchange.binance;

import java.util.Map;

/**
 * The kinds of call that share Binance's per-IP request weight. Orders (and the lookups that
 * settle an unknown order) must always get through, so the other kinds are each held to a
 * share of the minute's weight; see {@link WeightShares}.
 */
public enum WeightClass {
    /** Placing and looking up orders, and the clock sync that signed calls may need. */
    ORDERS,
    /** Book tickers and last prices: what positions are valued and stops are checked at. */
    QUOTES,
    /** Tenants' balances. */
    ACCOUNT,
    /** Candle history and exchangeInfo: the heaviest and least urgent. */
    CANDLES;

    /** Binance's documented weight of each endpoint Robson calls, and its kind. */
    private static final Map<String, Cost> COSTS = Map.of(
            "GET /api/v3/ticker/bookTicker", new Cost(QUOTES, 2),
            "GET /api/v3/ticker/price", new Cost(QUOTES, 2),
            "GET /api/v3/avgPrice", new Cost(QUOTES, 2),
            "GET /api/v3/klines", new Cost(CANDLES, 2),
            "GET /api/v3/exchangeInfo", new Cost(CANDLES, 20),
            "GET /api/v3/time", new Cost(ORDERS, 1),
            "GET /api/v3/account", new Cost(ACCOUNT, 20),
            "POST /api/v3/order", new Cost(ORDERS, 1),
            "GET /api/v3/order", new Cost(ORDERS, 4));

    record Cost(WeightClass weightClass, int weight) {}

    /** An endpoint Robson does not know yet counts as a quote of weight 1: capped, never unbounded. */
    static Cost of(String endpoint) {
        return COSTS.getOrDefault(endpoint, new Cost(QUOTES, 1));
    }
}
