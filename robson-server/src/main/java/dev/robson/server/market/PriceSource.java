package dev.robson.server.market;

/** Where a quote came from; SIMULATED prices are labelled wherever prices show. */
public enum PriceSource {
    BINANCE,
    SIMULATED
}
