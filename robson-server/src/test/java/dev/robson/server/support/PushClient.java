package dev.robson.server.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A push stream client as the CLI and scripts are: java.net.http's WebSocket on
 * {@code /api/stream}, every frame the server sends kept in order, the close code remembered.
 */
public final class PushClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private PushClient(WebSocket socket) {
        this.socket = socket;
    }

    /** Connects without an Origin header, as a non-browser client does. */
    public static PushClient connect(int port) {
        return connect(port, null);
    }

    public static PushClient connect(int port, String origin) {
        Listener listener = new Listener();
        WebSocket.Builder builder =
                HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        WebSocket socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/stream"), listener)
                .orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .join();
        PushClient client = listener.client;
        return client;
    }

    /** Connects and authenticates; answers once the server said ready. */
    public static PushClient ready(int port, String token) {
        PushClient client = connect(port);
        client.authenticate(token);
        client.next(frame -> "ready".equals(frame.path("type").asString()));
        return client;
    }

    /** The status of a handshake the server refused, or empty when it was accepted. */
    public static Optional<Integer> refusedHandshake(int port, String origin) {
        try (PushClient client = connect(port, origin)) {
            return Optional.empty();
        } catch (CompletionException refused) {
            if (refused.getCause() instanceof WebSocketHandshakeException handshake) {
                return Optional.of(handshake.getResponse().statusCode());
            }
            throw refused;
        }
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends the auth message; what the server answers is the caller's to read. */
    public void authenticate(String token) {
        send("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
    }

    public void subscribe(String channel) {
        send("{\"type\":\"subscribe\",\"channel\":\"" + channel + "\"}");
        next(frame -> "subscribed".equals(frame.path("type").asString())
                && channel.equals(frame.path("channel").asString()));
    }

    /** The next frame that matches, skipping others (kept in {@link #seen}); fails after 10 s. */
    public JsonNode next(Predicate<JsonNode> wanted) {
        return next(wanted, WAIT);
    }

    public JsonNode next(Predicate<JsonNode> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("No matching frame within " + within.toMillis() + " ms; seen " + seen);
            }
            JsonNode frame;
            try {
                frame = frames.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (frame != null && wanted.test(frame)) {
                return frame;
            }
        }
    }

    public static Predicate<JsonNode> type(String type) {
        return frame -> type.equals(frame.path("type").asString());
    }

    /** Every frame received so far. */
    public List<JsonNode> seen() {
        return new ArrayList<>(seen);
    }

    /** The close code the server sent; fails when the connection is still open after 10 s. */
    public int closeCode() {
        return closed.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private PushClient client;

        @Override
        public void onOpen(WebSocket webSocket) {
            client = new PushClient(webSocket);
            webSocket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode frame = JSON.readTree(partial.toString());
                partial.setLength(0);
                client.seen.add(frame);
                client.frames.add(frame);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            client.closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            client.closed.complete(-1);
        }
    }
}
