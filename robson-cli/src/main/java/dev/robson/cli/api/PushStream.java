package dev.robson.cli.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Robson's push stream ({@code /api/stream}) over java.net.http's WebSocket: the token goes in
 * the first message (never in the address), the channels are subscribed once the server says
 * ready, and every data frame is kept: the latest per channel for a redraw, and in order for
 * whoever reads {@link #next}. A token that expires is renewed shortly before the server closes
 * the stream for it, and sent on the open stream. Nothing here throws once open: a stream that
 * ends says so through
 * {@link #live()} and {@link #endedBecause()}, and the caller polls instead.
 */
public final class PushStream implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The largest frame kept; a server never sends one near it. */
    static final int MAX_FRAME_CHARS = 4 * 1024 * 1024;

    /** Renewed this long before the server would close the stream for the token's expiry ... */
    private static final Duration RENEW_AHEAD = Duration.ofSeconds(5);
    /** ... but never sooner than this after the last renewal, however short the token's life. */
    private static final Duration MIN_RENEW_DELAY = Duration.ofSeconds(5);

    private final HttpClient client;
    private final AccessTokens tokens;
    private final List<Subscription> channels;
    private final LinkedBlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final Map<String, JsonObject> latest = new ConcurrentHashMap<>();
    private final CompletableFuture<JsonObject> ready = new CompletableFuture<>();
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("push-token").daemon().factory());
    private volatile WebSocket socket;
    private volatile String token;
    private volatile String endedBecause;
    private volatile ScheduledFuture<?> renewal;

    /** A channel and, for {@code events}, the id after which to start (null: from now). */
    public record Subscription(String channel, Long after) {

        public static Subscription of(String channel) {
            return new Subscription(channel, null);
        }
    }

    private PushStream(HttpClient client, AccessTokens tokens, List<Subscription> channels) {
        this.client = client;
        this.tokens = tokens;
        this.channels = List.copyOf(channels);
    }

    /**
     * Connects, authenticates and subscribes; empty when the server offers no stream (an older
     * server, push unavailable, a refused token), so the caller polls.
     *
     * @param server the server's address as the HTTP transport has it (http or https, optional prefix)
     */
    public static Optional<PushStream> open(URI server, AccessTokens tokens, List<Subscription> channels) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        PushStream stream = new PushStream(client, tokens, channels);
        try {
            String scheme = "https".equals(server.getScheme()) ? "wss" : "ws";
            String path = server.getRawPath() == null ? "" : server.getRawPath();
            URI address = URI.create(scheme + "://" + server.getRawAuthority() + path + "/api/stream");
            stream.socket = client.newWebSocketBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .header("User-Agent", "robson-cli")
                    .buildAsync(address, stream.new Listener())
                    .get(CONNECT_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
            stream.token = tokens.current();
            stream.send(message("type", "auth", "token", stream.token));
            stream.ready.get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (Subscription subscription : stream.channels) {
                stream.send(
                        subscription.after() == null
                                ? Json.write(Map.of("type", "subscribe", "channel", subscription.channel()))
                                : Json.write(Map.of(
                                        "type",
                                        "subscribe",
                                        "channel",
                                        subscription.channel(),
                                        "after",
                                        subscription.after())));
            }
            return Optional.of(stream);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stream.close();
            return Optional.empty();
        } catch (Exception unavailable) {
            stream.close();
            return Optional.empty();
        }
    }

    /** True while the stream is open and carries data. */
    public boolean live() {
        return endedBecause == null;
    }

    /** Why the stream ended (the server's close reason, or what broke), if it did. */
    public Optional<String> endedBecause() {
        return Optional.ofNullable(endedBecause);
    }

    /** The next data frame ({@code type}, {@code channel}, {@code data}) within {@code wait}, in order. */
    public Optional<JsonObject> next(Duration wait) throws InterruptedException {
        return Optional.ofNullable(frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The newest data of a channel, as its REST endpoint answers it. */
    public Optional<JsonObject> latest(String channel) {
        return Optional.ofNullable(latest.get(channel)).map(frame -> frame.object("data"));
    }

    public Optional<MarketPrice> price(String symbol) {
        return latest("price:" + symbol).map(json -> json.as(MarketPrice.class));
    }

    public Optional<Portfolio> positions() {
        return latest("positions").map(json -> json.as(Portfolio.class));
    }

    /** An event frame's data as an event, or empty for other frames. */
    public static Optional<OperationEvent> event(JsonObject frame) {
        return "event".equals(frame.optionalText("type").orElse(""))
                ? Optional.of(frame.object("data").as(OperationEvent.class))
                : Optional.empty();
    }

    @Override
    public void close() {
        renewals.shutdownNow();
        WebSocket current = socket;
        if (current != null && !current.isOutputClosed()) {
            try {
                current.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(500, TimeUnit.MILLISECONDS);
            } catch (Exception alreadyGone) {
                // Closing anyway.
            }
        }
        if (current != null) {
            current.abort();
        }
        if (endedBecause == null) {
            endedBecause = "closed";
        }
        client.shutdownNow();
    }

    /** A message with its fields in the order given ({@code type} first, as the protocol shows them). */
    private static String message(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Json.write(fields);
    }

    private void send(String text) {
        socket.sendText(text, true).join();
    }

    private void renewBefore(JsonObject readied) {
        String closing = readied.fields().get("closes_at") != null ? "closes_at" : "expires_at";
        if (readied.fields().get(closing) == null) {
            return;
        }
        Instant closes = Instant.ofEpochSecond(readied.whole(closing));
        long delay = Math.max(
                MIN_RENEW_DELAY.toMillis(),
                Duration.between(Instant.now(), closes.minus(RENEW_AHEAD)).toMillis());
        ScheduledFuture<?> previous = renewal;
        if (previous != null) {
            previous.cancel(false);
        }
        if (renewals.isShutdown()) {
            return;
        }
        renewal = renewals.schedule(
                () -> {
                    try {
                        String renewed = tokens.renew(token);
                        token = renewed;
                        send(message("type", "auth", "token", renewed));
                    } catch (RuntimeException noRenewal) {
                        // The server closes the stream at expiry; the caller polls, and that says why.
                    }
                },
                delay,
                TimeUnit.MILLISECONDS);
    }

    private void received(JsonObject frame) {
        String type = frame.optionalText("type").orElse("");
        switch (type) {
            case "ready" -> {
                ready.complete(frame);
                renewBefore(frame);
            }
            case "price", "positions", "event" -> {
                frame.optionalText("channel").ifPresent(channel -> latest.put(channel, frame));
                frames.add(frame);
            }
            case "error" -> {
                String detail = ServerText.inert(frame.optionalText("detail")
                        .orElse(frame.optionalText("code").orElse("error")));
                if (!ready.isDone()) {
                    ready.completeExceptionally(new IllegalStateException(detail));
                }
                endedBecause = endedBecause == null && isFatal(frame) ? detail : endedBecause;
            }
            default -> {}
        }
    }

    private static boolean isFatal(JsonObject frame) {
        return frame.fields().get("status") instanceof Number status
                && (status.intValue() == 401 || status.intValue() >= 500 || status.intValue() == 429);
    }

    private void ended(String why) {
        if (endedBecause == null) {
            endedBecause = why;
        }
        ready.completeExceptionally(new IllegalStateException(why));
        // Wake a reader waiting for frames.
        frames.add(new JsonObject(Map.of("type", "ended")));
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (partial.length() + data.length() > MAX_FRAME_CHARS) {
                partial.setLength(0);
                ended("the server sent a frame over " + MAX_FRAME_CHARS + " characters");
                webSocket.abort();
                return null;
            }
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    received(Json.parseObject(text));
                } catch (RuntimeException malformed) {
                    // Not a frame of ours: skipped.
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ended(
                    reason == null || reason.isBlank()
                            ? "the server closed the stream (" + statusCode + ")"
                            : ServerText.inert(reason) + " (" + statusCode + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ended("the stream broke (" + error.getClass().getSimpleName() + ")");
        }
    }
}
