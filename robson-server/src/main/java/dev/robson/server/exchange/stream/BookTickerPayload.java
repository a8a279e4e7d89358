package dev.robson.server.exchange.stream;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one message of Binance's combined stream. A book ticker
 * ({@code {"stream":"btcusdc@bookTicker","data":{"u":400900217,"s":"BTCUSDC","b":"25.35190000",
 * "B":"31.21000000","a":"25.36520000","A":"40.66000000"}}}) becomes a {@link Quote}, its prices
 * parsed from their strings; a reply to a request of ours ({@code {"result":null,"id":1}}) is
 * nothing; anything else is refused with an {@link IllegalArgumentException}.
 */
final class BookTickerPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BookTickerPayload() {}

    static Optional<Quote> quote(String message, Instant readAt) {
        JsonNode root = JSON.readTree(message);
        if (root.has("error")) {
            throw new IllegalArgumentException("Binance refused request " + root.path("id") + ": "
                    + root.path("error").path("msg").asString(""));
        }
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            if (root.has("result")) {
                return Optional.empty();
            }
            throw new IllegalArgumentException("neither a book ticker nor a reply: " + abbreviated(message));
        }
        // An empty side of the book comes as "0.00000000": Price refuses it, so it is no quote.
        Price bid = Price.of(text(data, "b"));
        Price ask = Price.of(text(data, "a"));
        // The book ticker carries no trade. The bid stands in as the last price; no decision reads
        // it (a LONG's stop and target look at the bid, a SHORT's at the ask).
        return Optional.of(new Quote(text(data, "s"), bid, ask, bid, readAt));
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("book ticker without string \"" + field + "\"");
        }
        return value.stringValue();
    }

    private static String abbreviated(String message) {
        return message.length() <= 200 ? message : message.substring(0, 200) + "…";
    }
}
