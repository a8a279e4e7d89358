package dev.robson.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in Robson server on 127.0.0.1 replaying the real API's JSON (fixtures/*.json) over
 * real HTTP. Each route answers its queued replies in turn, the last one for ever after; every
 * request is recorded with its bearer token and body.
 */
final class FakeRobsonServer implements AutoCloseable {

    record Answer(int status, String body, Map<String, String> headers) {}

    record Request(String method, String path, String query, String authorization, String body, Headers headers) {

        /** The first value of a request header, or null. */
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    static final String DISPLAY_RULES_PATH = "/api/market/display-rules/";

    private final HttpServer server;
    private final Map<String, Deque<Answer>> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeRobsonServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        server.createContext("/", this::handle);
        server.start();
        // What every real server publishes; a test replaces it with reset() and on().
        onFixture("GET", DISPLAY_RULES_PATH, "display-rules.json");
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String fixture(String name) {
        try (InputStream in = FakeRobsonServer.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String problem(int status, String code, String detail) {
        return "{\"type\":\"https://robson.dev/problems/" + code.replace('_', '-')
                + "\",\"title\":\"Problem\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + code
                + "\"}";
    }

    /** Replies {@code method path} with a fixture file (200). */
    FakeRobsonServer onFixture(String method, String path, String fixture) {
        return on(method, path, 200, fixture(fixture));
    }

    /** Replies {@code method path} with a problem document, the API's error answer, of this status. */
    FakeRobsonServer onProblem(String method, String path, int status, String code, String detail) {
        return on(method, path, status, problem(status, code, detail));
    }

    FakeRobsonServer on(String method, String path, int status, String body) {
        return on(method, path, new Answer(status, body, Map.of()));
    }

    /** Queues a reply after those already queued for the route. */
    FakeRobsonServer on(String method, String path, Answer answer) {
        routes.computeIfAbsent(method + " " + path, key -> new ArrayDeque<>()).addLast(answer);
        return this;
    }

    /** Forgets the replies of a route, to set new ones. */
    FakeRobsonServer reset(String method, String path) {
        routes.remove(method + " " + path);
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String method, String path) {
        return requests.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    /** The Authorization header of each {@code method path} request, in order: which token each one carried. */
    List<String> authorizations(String method, String path) {
        return requests(method, path).stream().map(Request::authorization).toList();
    }

    /** The first {@code method path} request: what a command sent, for a test that checks its query or body. */
    Request firstRequest(String method, String path) {
        return requests(method, path).getFirst();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(
                method,
                path,
                exchange.getRequestURI().getQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body,
                exchange.getRequestHeaders()));
        Deque<Answer> queue = routes.get(method + " " + path);
        Answer answer;
        if (queue == null || queue.isEmpty()) {
            answer = new Answer(404, problem(404, "not_found", "No route " + method + " " + path + "."), Map.of());
        } else {
            synchronized (queue) {
                answer = queue.size() > 1 ? queue.removeFirst() : queue.getFirst();
            }
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        boolean empty = answer.status() == 204 || bytes.length == 0;
        exchange.sendResponseHeaders(answer.status(), empty ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!empty) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
