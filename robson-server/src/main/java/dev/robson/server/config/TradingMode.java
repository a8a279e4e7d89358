package dev.robson.server.config;

/**
 * Whether close orders fill on paper or go to the exchange with the tenant's key. Configured as
 * {@code robson.trading} ({@code paper} or {@code live}, any case); shown by name.
 */
public enum TradingMode {
    PAPER,
    LIVE
}
