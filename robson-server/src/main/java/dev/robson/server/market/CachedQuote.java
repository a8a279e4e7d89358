package dev.robson.server.market;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import java.time.Instant;
import java.util.Optional;

/**
 * A quote with the instant it was fetched from the exchange, as the cache tiers keep it.
 * The wire form is plain decimal text, so a quote survives Redis to the last digit.
 */
record CachedQuote(MarketQuote quote, Instant fetchedAt) {

    private static final String SEPARATOR = "|";

    String encode() {
        Quote q = quote.quote();
        return String.join(
                SEPARATOR,
                q.symbol(),
                q.bid().toString(),
                q.ask().toString(),
                q.last().toString(),
                Long.toString(q.readAt().toEpochMilli()),
                quote.source().name(),
                Long.toString(fetchedAt.toEpochMilli()));
    }

    static Optional<CachedQuote> decode(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        String[] parts = encoded.split("\\|");
        if (parts.length != 7) {
            return Optional.empty();
        }
        try {
            Quote quote = new Quote(
                    parts[0],
                    Price.of(parts[1]),
                    Price.of(parts[2]),
                    Price.of(parts[3]),
                    Instant.ofEpochMilli(Long.parseLong(parts[4])));
            return Optional.of(new CachedQuote(
                    new MarketQuote(quote, PriceSource.valueOf(parts[5]), false),
                    Instant.ofEpochMilli(Long.parseLong(parts[6]))));
        } catch (IllegalArgumentException corrupt) {
            // A value another version wrote, or garbage: treat as a miss.
            return Optional.empty();
        }
    }
}
