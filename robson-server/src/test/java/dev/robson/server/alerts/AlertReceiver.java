package dev.robson.server.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver of alerts on 127.0.0.1 (a webhook endpoint, Slack, Discord or the Telegram Bot API
 * all look alike to it): records every request with its headers and body, answers the status
 * the test sets, and counts delivery keys the way an idempotent receiver would, once each.
 */
final class AlertReceiver implements AutoCloseable {

    record Received(String path, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> handledKeys = ConcurrentHashMap.newKeySet();
    private final AtomicInteger status = new AtomicInteger(200);
    private volatile String answer = "{\"ok\":true}";

    AlertReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
            int answering = status.get();
            if (answering >= 200 && answering < 300 && headers.containsKey("x-robson-delivery")) {
                handledKeys.add(headers.get("x-robson-delivery"));
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answering, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answer(int status) {
        this.status.set(status);
    }

    /** Forgets what it received and answers 200 again. */
    void reset() {
        received.clear();
        handledKeys.clear();
        status.set(200);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Delivery keys handled (answered 2xx): a retry of a handled key is not counted again. */
    Set<String> handledKeys() {
        return Set.copyOf(handledKeys);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
