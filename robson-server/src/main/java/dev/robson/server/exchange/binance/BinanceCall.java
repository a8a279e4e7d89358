package dev.robson.server.exchange.binance;

/**
 * One request as the transport sends it.
 *
 * @param params  encoded parameters (with signature when signed): the query of a GET, the form
 *                body of a POST, so order details stay out of URLs that proxies log
 * @param apiKey  the X-MBX-APIKEY header, or null for public endpoints
 * @param order   the order this call places, or null; its failures are then "outcome unknown"
 */
record BinanceCall(String method, String path, String params, String apiKey, PlacedOrder order) {

    static BinanceCall get(String path, QueryString params) {
        return new BinanceCall("GET", path, params.toString(), null, null);
    }

    String endpoint() {
        return method + " " + path;
    }

    /** Which order a POST places, so an unknown outcome says what to query. */
    record PlacedOrder(String symbol, String clientOrderId) {}
}
