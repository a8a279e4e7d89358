package dev.robson.server.exchange.binance;

import java.time.Duration;

/** Told of every request that reached the network, so the server can export it as metrics. */
@FunctionalInterface
public interface BinanceCallListener {

    BinanceCallListener NONE = (endpoint, status, took, usedWeight1m) -> {};

    /**
     * @param endpoint     method and path, e.g. {@code GET /api/v3/ticker/bookTicker} (never the query)
     * @param status       the HTTP status, or 0 when no response arrived (timeout, connection lost)
     * @param usedWeight1m Binance's {@code X-MBX-USED-WEIGHT-1M}, or null when absent
     */
    void called(String endpoint, int status, Duration took, Integer usedWeight1m);
}
