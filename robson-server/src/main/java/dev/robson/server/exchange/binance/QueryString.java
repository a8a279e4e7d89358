package dev.robson.server.exchange.binance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Request parameters in the order given, each value URL-encoded. The string built is exactly
 * what is sent, so it is also exactly what gets signed.
 */
final class QueryString {

    private final StringBuilder params = new StringBuilder();

    QueryString add(String name, Object value) {
        if (value != null) {
            if (!params.isEmpty()) {
                params.append('&');
            }
            params.append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    QueryString copy() {
        QueryString copy = new QueryString();
        copy.params.append(params);
        return copy;
    }

    @Override
    public String toString() {
        return params.toString();
    }
}
