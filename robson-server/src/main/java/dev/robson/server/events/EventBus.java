package dev.robson.server.events;

import dev.robson.server.market.MarketQuote;

/**
 * Carries prices and operation events to every replica's push clients: through Redis pub/sub
 * when {@code REDIS_URL} is set, inside this process otherwise. Publishing never throws and
 * never blocks for long; a bus that cannot reach its replicas says so by answering false, and
 * tells its listeners when it goes down and comes back.
 */
public interface EventBus {

    /** True when every replica's listeners can be reached now. */
    boolean available();

    /** An event to every replica; false when the bus could not take it (the outbox keeps it). */
    boolean publish(OperationEvent event);

    /** A live price to every replica; lost when the bus is down (the next one replaces it). */
    void publish(MarketQuote price);

    /** Adds a listener of this replica; called on the bus's threads, which it must not hold up. */
    void listen(BusListener listener);

    /** What a replica does with what the bus brings. */
    interface BusListener {

        void price(MarketQuote price, boolean fromThisReplica);

        void event(OperationEvent event);

        /** The bus went down (false) or came back (true). */
        default void availability(boolean available) {}
    }
}
