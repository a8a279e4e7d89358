package dev.robson.server.exchange.stream;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What we send Binance's combined stream: its address for some symbols, and (un)subscriptions on a live connection. */
final class StreamRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StreamRequests() {}

    /** Binance names streams in lower case: {@code btcusdc@bookTicker}. */
    static String streamName(String symbol) {
        return symbol.toLowerCase(Locale.ROOT) + "@bookTicker";
    }

    /** {@code wss://stream.binance.com:9443/stream?streams=btcusdc@bookTicker/ethusdc@bookTicker}. */
    static URI address(URI wsUrl, Collection<String> symbols) {
        String base = wsUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/stream?streams="
                + symbols.stream().map(StreamRequests::streamName).collect(Collectors.joining("/")));
    }

    static String subscribe(Collection<String> symbols, long id) {
        return request("SUBSCRIBE", symbols, id);
    }

    static String unsubscribe(Collection<String> symbols, long id) {
        return request("UNSUBSCRIBE", symbols, id);
    }

    private static String request(String method, Collection<String> symbols, long id) {
        ObjectNode request = JSON.createObjectNode().put("method", method);
        ArrayNode params = request.putArray("params");
        symbols.forEach(symbol -> params.add(streamName(symbol)));
        request.put("id", id);
        return JSON.writeValueAsString(request);
    }
}
