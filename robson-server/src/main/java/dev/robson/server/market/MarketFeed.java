package dev.robson.server.market;

/**
 * Where market data comes from before any caching: the exchange, or the simulated market.
 * Everything else reads prices through the cache built on top of it.
 */
public record MarketFeed(QuoteSource quotes, CandleSource candles) {}
