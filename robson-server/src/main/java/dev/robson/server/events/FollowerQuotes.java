package dev.robson.server.events;

import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.StreamedQuotes;

/**
 * A replica that does not run the exchange stream still hears its prices on the bus: they go
 * into its own quote cache as stream prices, so its price endpoint and its positions are as
 * fresh as the leader's. Its own prices are already there.
 */
record FollowerQuotes(StreamedQuotes quotes) implements EventBus.BusListener {

    @Override
    public void price(MarketQuote price, boolean fromThisReplica) {
        if (!fromThisReplica) {
            quotes.streamed(price);
        }
    }

    @Override
    public void event(OperationEvent event) {}
}
