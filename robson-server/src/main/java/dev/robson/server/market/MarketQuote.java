package dev.robson.server.market;

import dev.robson.core.market.Quote;

/**
 * A quote as the server hands it on.
 *
 * @param stale true when the source could not be read and this is the last known quote
 */
public record MarketQuote(Quote quote, PriceSource source, boolean stale) {}
