package dev.robson.server.exchange;

import dev.robson.core.market.Quote;
import dev.robson.server.monitor.StopMonitor;
import java.util.Set;

/**
 * The stop monitor as the stream's watcher: each replica follows the symbols of the monitor
 * partitions it holds, and none without a partition (it would ignore every price:
 * {@link StopMonitor#react} acts only on its own partitions, and each stream is a connection
 * Binance counts). A replica that takes a partition starts following its symbols within one
 * resync; until then, and always, the monitor's REST tick covers every operation.
 */
record LeadingMonitor(StopMonitor monitor) implements PriceWatcher {

    @Override
    public Set<String> watchedSymbols() {
        return monitor.leading() ? monitor.watchedSymbols() : Set.of();
    }

    @Override
    public void react(Quote quote) {
        monitor.react(quote);
    }
}
