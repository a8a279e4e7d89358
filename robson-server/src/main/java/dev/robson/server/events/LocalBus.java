package dev.robson.server.events;

import dev.robson.server.market.MarketQuote;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bus of a single process (no {@code REDIS_URL}): every message goes straight to this replica's listeners. */
final class LocalBus implements EventBus {

    private static final Logger log = LoggerFactory.getLogger(LocalBus.class);

    private final List<BusListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean publish(OperationEvent event) {
        for (BusListener listener : listeners) {
            try {
                listener.event(event);
            } catch (RuntimeException failure) {
                log.warn(
                        "A listener refused event {} ({})",
                        event.id(),
                        failure.getClass().getSimpleName());
            }
        }
        return true;
    }

    @Override
    public void publish(MarketQuote price) {
        for (BusListener listener : listeners) {
            try {
                listener.price(price, true);
            } catch (RuntimeException failure) {
                log.debug("A listener refused a price ({})", failure.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void listen(BusListener listener) {
        listeners.add(listener);
    }
}
