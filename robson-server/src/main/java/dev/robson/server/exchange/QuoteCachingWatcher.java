package dev.robson.server.exchange;

import dev.robson.core.market.Quote;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.PriceSource;
import dev.robson.server.market.StreamedQuotes;
import dev.robson.server.monitor.PriceWatcher;
import java.util.Set;

/**
 * The stream's hand-off: every conflated price goes into the quote cache first (this replica's
 * and, through Redis, every replica's), then to the watcher. While the stream is live, requests
 * and the monitor's tick read these prices and no REST quote is asked for the streamed symbols;
 * when it drops, their entries age and the cache's refresh takes over through REST.
 */
record QuoteCachingWatcher(PriceWatcher watcher, StreamedQuotes quotes) implements PriceWatcher {

    @Override
    public Set<String> watchedSymbols() {
        return watcher.watchedSymbols();
    }

    @Override
    public void react(Quote quote) {
        quotes.streamed(new MarketQuote(quote, PriceSource.BINANCE, false));
        watcher.react(quote);
    }
}
