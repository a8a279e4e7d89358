package dev.robson.server.monitor;

import dev.robson.core.market.Quote;
import java.util.Set;

/** Whom the book-ticker stream works for: which symbols to follow, and where their prices go. */
public interface PriceWatcher {

    /** The exchange's names of the symbols to follow now (e.g. BTCUSDC); empty means no connection at all. */
    Set<String> watchedSymbols();

    /** One new price; called on a single thread, never on the stream's reading thread. */
    void react(Quote quote);
}
