package dev.robson.server.events;

import dev.robson.server.events.EventBus.BusListener;
import dev.robson.server.market.MarketQuote;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one bus, told in turn: a listener that throws is logged and skipped, so one
 * broken push client never keeps a message from the others.
 */
final class BusListeners {

    private static final Logger log = LoggerFactory.getLogger(BusListeners.class);

    private final List<BusListener> listeners = new CopyOnWriteArrayList<>();

    void add(BusListener listener) {
        listeners.add(listener);
    }

    void event(OperationEvent event) {
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
    }

    void price(MarketQuote price, boolean fromThisReplica) {
        for (BusListener listener : listeners) {
            try {
                listener.price(price, fromThisReplica);
            } catch (RuntimeException failure) {
                log.debug("A listener refused a price ({})", failure.getClass().getSimpleName());
            }
        }
    }

    void availability(boolean available) {
        for (BusListener listener : listeners) {
            try {
                listener.availability(available);
            } catch (RuntimeException failure) {
                log.debug(
                        "A listener failed on availability ({})",
                        failure.getClass().getSimpleName());
            }
        }
    }
}
