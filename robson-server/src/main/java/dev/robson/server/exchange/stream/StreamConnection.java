package dev.robson.server.exchange.stream;

import dev.robson.core.market.Quote;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket to Binance's combined stream, the symbols it follows and when it last spoke.
 *
 * <p>Binance pings every 20 s and cuts a connection that does not pong within a minute.
 * java.net.http answers every ping with a pong by itself, but only reads (so only pongs) while
 * we ask for more messages: we ask for the next one after each, pings included.
 *
 * <p>Its listener methods run on the HTTP client's threads; {@link #follow} and {@link #close}
 * on the stream's supervisor thread, one at a time (java.net.http allows one send at a time).
 */
final class StreamConnection implements WebSocket.Listener {

    private static final Logger log = LoggerFactory.getLogger(StreamConnection.class);

    private final Clock clock;
    private final Duration timeout;
    private final Consumer<Quote> prices;
    private final BiConsumer<StreamConnection, String> onLost;
    private final Set<String> followed;
    private final Instant openedAt;
    private final AtomicLong requestIds = new AtomicLong();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final StringBuilder partial = new StringBuilder();
    private volatile Instant lastPriceAt;
    private volatile Instant lastHeardAt;
    private volatile WebSocket socket;
    private boolean complainedOfPayload;

    private StreamConnection(
            Clock clock,
            Duration timeout,
            Set<String> symbols,
            Consumer<Quote> prices,
            BiConsumer<StreamConnection, String> onLost) {
        this.clock = clock;
        this.timeout = timeout;
        this.prices = prices;
        this.onLost = onLost;
        this.followed = new ConcurrentSkipListSet<>(symbols);
        this.openedAt = clock.instant();
        this.lastHeardAt = openedAt;
    }

    /**
     * Connects to {@code wsUrl} following {@code symbols}. Prices go to {@code prices}; when the
     * connection closes or fails by itself (not by {@link #close}), {@code onLost} hears why, once.
     */
    static StreamConnection open(
            HttpClient http,
            URI wsUrl,
            Set<String> symbols,
            Duration timeout,
            Clock clock,
            Consumer<Quote> prices,
            BiConsumer<StreamConnection, String> onLost)
            throws StreamUnavailable {
        StreamConnection connection = new StreamConnection(clock, timeout, symbols, prices, onLost);
        CompletableFuture<WebSocket> opening = http.newWebSocketBuilder()
                .connectTimeout(timeout)
                .buildAsync(StreamRequests.address(wsUrl, symbols), connection);
        // Should it still open after all, nobody would read it: hang it up.
        connection.socket = awaited(opening, timeout.toMillis() + 1_000, () -> opening.thenAccept(WebSocket::abort));
        return connection;
    }

    /** Subscribes to what {@code symbols} adds and unsubscribes from what it drops, on this connection. */
    void follow(Set<String> symbols) throws StreamUnavailable {
        Set<String> dropped = new TreeSet<>(followed);
        dropped.removeAll(symbols);
        Set<String> added = new TreeSet<>(symbols);
        added.removeAll(followed);
        // Noted before sending: should a send fail, the connection is dropped and the next one
        // is opened with the symbols of that moment anyway.
        if (!dropped.isEmpty()) {
            followed.removeAll(dropped);
            send(StreamRequests.unsubscribe(dropped, requestIds.incrementAndGet()));
        }
        if (!added.isEmpty()) {
            followed.addAll(added);
            send(StreamRequests.subscribe(added, requestIds.incrementAndGet()));
            log.info("Book-ticker stream now also follows {}", added);
        }
    }

    /** Says goodbye (a normal close) and forgets the connection; it reports no loss after this. */
    void close(String why) {
        if (ended.compareAndSet(false, true)) {
            WebSocket open = socket;
            // Binance answers with its own close and hangs up; if it does not, we do.
            open.sendClose(WebSocket.NORMAL_CLOSURE, why)
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((done, failure) -> open.abort());
        }
    }

    /** Hangs up at once, without a close handshake (the connection is known to be dead). */
    void abort() {
        ended.set(true);
        socket.abort();
    }

    Set<String> followed() {
        return Set.copyOf(followed);
    }

    Instant openedAt() {
        return openedAt;
    }

    /** When the latest price arrived; null before the first. */
    Instant lastPriceAt() {
        return lastPriceAt;
    }

    /** When Binance last sent anything at all (a price, a reply, a ping), or when we connected. */
    Instant lastHeardAt() {
        return lastHeardAt;
    }

    boolean ended() {
        return ended.get();
    }

    // ---- WebSocket.Listener: the HTTP client's threads, one call at a time ----

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            read(message);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        lastHeardAt = clock.instant();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        lost("closed by the server (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        lost(error.getClass().getSimpleName());
    }

    private void read(String message) {
        Instant now = clock.instant();
        lastHeardAt = now;
        try {
            BookTickerPayload.quote(message, now).ifPresent(quote -> {
                lastPriceAt = now;
                prices.accept(quote);
            });
        } catch (RuntimeException unreadable) {
            // Once per connection: a format change would otherwise log every message.
            if (!complainedOfPayload) {
                complainedOfPayload = true;
                log.warn("Skipping a book-ticker message: {}", unreadable.getMessage());
            }
        }
    }

    private void lost(String why) {
        if (ended.compareAndSet(false, true)) {
            onLost.accept(this, why);
        }
    }

    private void send(String request) throws StreamUnavailable {
        awaited(socket.sendText(request, true), timeout.toMillis(), () -> {});
    }

    /** The socket's answer within {@code millis}; none (failed, late, interrupted) makes the stream unavailable. */
    private static WebSocket awaited(CompletableFuture<WebSocket> pending, long millis, Runnable whenLate)
            throws StreamUnavailable {
        try {
            return pending.get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new StreamUnavailable(failed.getCause());
        } catch (TimeoutException slow) {
            whenLate.run();
            throw new StreamUnavailable(slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StreamUnavailable(interrupted);
        }
    }
}
