package dev.robson.server.market;

/** Where live prices from the exchange's stream go, so requests read them instead of asking the exchange. */
public interface StreamedQuotes {

    /** One new price, read at {@code quote.quote().readAt()}; called on the stream's hand-off thread. */
    void streamed(MarketQuote quote);
}
