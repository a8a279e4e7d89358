package dev.robson.server.exchange;

import dev.robson.core.market.Quote;
import dev.robson.server.monitor.StopMonitor;
import java.util.Set;

/**
 * The stop monitor as the stream's watcher, on the replica that leads it only: the others would
 * ignore every price ({@link StopMonitor#react} does nothing off the lease), and each stream is a
 * connection Binance counts. A replica that takes the lease starts following within one resync;
 * until then, and always, the monitor's REST tick covers every operation.
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
