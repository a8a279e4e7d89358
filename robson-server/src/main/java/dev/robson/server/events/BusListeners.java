package dev.robson.server.events;

import dev.robson.server.events.EventBus.BusListener;
import dev.robson.server.market.MarketQuote;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
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
        tell(
                listener -> listener.event(event),
                failure -> log.warn(
                        "A listener refused event {} ({})",
                        event.id(),
                        failure.getClass().getSimpleName()));
    }

    void price(MarketQuote price, boolean fromThisReplica) {
        tell(
                listener -> listener.price(price, fromThisReplica),
                failure -> log.debug(
                        "A listener refused a price ({})", failure.getClass().getSimpleName()));
    }

    void availability(boolean available) {
        tell(
                listener -> listener.availability(available),
                failure -> log.debug(
                        "A listener failed on availability ({})",
                        failure.getClass().getSimpleName()));
    }

    /** Tells every listener in turn; one that throws is noted and the rest are told all the same. */
    private void tell(Consumer<BusListener> message, Consumer<RuntimeException> refused) {
        for (BusListener listener : listeners) {
            try {
                message.accept(listener);
            } catch (RuntimeException failure) {
                refused.accept(failure);
            }
        }
    }
}
