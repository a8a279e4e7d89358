package dev.robson.server.events;

import dev.robson.server.market.MarketQuote;

/** The bus of a single process (no {@code REDIS_URL}): every message goes straight to this replica's listeners. */
final class LocalBus implements EventBus {

    private final BusListeners listeners = new BusListeners();

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean publish(OperationEvent event) {
        listeners.event(event);
        return true;
    }

    @Override
    public void publish(MarketQuote price) {
        listeners.price(price, true);
    }

    @Override
    public void listen(BusListener listener) {
        listeners.add(listener);
    }
}
