package dev.robson.server.exchange.binance.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request as Binance reads it: parameters from the query and the form body together, and the
 * signed payload, which is the query then the body exactly as sent, less the signature.
 */
record FakeRequest(String method, String path, Map<String, String> params, String signedPayload, String apiKey) {

    static FakeRequest read(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        query = query == null ? "" : query;
        Map<String, String> params = new LinkedHashMap<>();
        decodeInto(query, params);
        decodeInto(body, params);
        return new FakeRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                params,
                withoutSignature(query) + withoutSignature(body),
                exchange.getRequestHeaders().getFirst("X-MBX-APIKEY"));
    }

    String endpoint() {
        return method + " " + path;
    }

    String param(String name) {
        String value = params.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    String required(String name) {
        String value = param(name);
        if (value == null) {
            throw BinanceError.mandatory(name);
        }
        return value;
    }

    Long number(String name) {
        String value = param(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw BinanceError.mandatory(name);
        }
    }

    private static void decodeInto(String raw, Map<String, String> params) {
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                params.put(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
    }

    private static String withoutSignature(String raw) {
        return Arrays.stream(raw.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith("signature="))
                .collect(Collectors.joining("&"));
    }
}
