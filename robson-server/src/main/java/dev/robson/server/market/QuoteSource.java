package dev.robson.server.market;

import dev.robson.core.market.Symbol;

/** Best bid, best ask and last trade of a symbol, now. */
public interface QuoteSource {

    /**
     * @throws dev.robson.server.problem.ApiProblem (503) when no quote can be had
     */
    MarketQuote quote(Symbol symbol);
}
