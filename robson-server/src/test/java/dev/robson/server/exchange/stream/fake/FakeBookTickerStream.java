package dev.robson.server.exchange.stream.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binance's combined market stream on 127.0.0.1, for tests: a plain-socket WebSocket server
 * (RFC 6455) at {@code /stream?streams=btcusdc@bookTicker/...} that answers SUBSCRIBE and
 * UNSUBSCRIBE like Binance, publishes book tickers in Binance's format to the clients following
 * the symbol, and counts what it saw. Thread-safe.
 *
 * <pre>{@code
 * try (FakeBookTickerStream stream = FakeBookTickerStream.start()) {
 *     // point robson.binance.ws-url at stream.wsUrl(), then:
 *     stream.publish("BTCUSDC", "87000.00", "87000.01");
 * }
 * }</pre>
 */
public final class FakeBookTickerStream implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Binance's most streams per connection. Past it this fake refuses the upgrade (400) or
     * answers the SUBSCRIBE with an error, so a client that overfills a connection is seen.
     */
    public static final int MAX_STREAMS = 1024;

    private final int port;
    private final Set<FakeStreamSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger subscribeRequests = new AtomicInteger();
    private final AtomicInteger unsubscribeRequests = new AtomicInteger();
    private final AtomicInteger refusedSubscriptions = new AtomicInteger();
    private final List<String> pongs = new CopyOnWriteArrayList<>();
    private final List<Long> attemptNanos = new CopyOnWriteArrayList<>();
    private final AtomicLong updateIds = new AtomicLong(400900217);
    private volatile ServerSocket listener;
    private volatile int refusal;

    private FakeBookTickerStream(ServerSocket listener) {
        this.listener = listener;
        this.port = listener.getLocalPort();
    }

    public static FakeBookTickerStream start() {
        FakeBookTickerStream stream = new FakeBookTickerStream(listen(0));
        stream.acceptOn(stream.listener);
        return stream;
    }

    /** What {@code robson.binance.ws-url} should be: {@code ws://127.0.0.1:<port>}. */
    public URI wsUrl() {
        return URI.create("ws://127.0.0.1:" + port);
    }

    // ---- what a test does ----

    /** A book ticker to every client following the symbol (e.g. BTCUSDC); answers how many got it. */
    public int publish(String symbol, String bid, String ask) {
        var data = JSON.createObjectNode()
                .put("u", updateIds.incrementAndGet())
                .put("s", symbol)
                .put("b", bid)
                .put("B", "1.00000000")
                .put("a", ask)
                .put("A", "1.00000000");
        String message = JSON.writeValueAsString(
                JSON.createObjectNode().put("stream", streamName(symbol)).set("data", data));
        int sent = 0;
        for (FakeStreamSession session : sessions) {
            if (session.follows(streamName(symbol))) {
                session.send(WebSocketFrames.TEXT, message);
                sent++;
            }
        }
        return sent;
    }

    /** Any text, to every client. */
    public void sendRaw(String message) {
        sessions.forEach(session -> session.send(WebSocketFrames.TEXT, message));
    }

    /** A ping to every client; their pongs show in {@link #pongs()}. */
    public void ping(String payload) {
        sessions.forEach(session -> session.send(WebSocketFrames.PING, payload));
    }

    /** Every connection cut without a close frame, as a network failure would. */
    public void dropConnections() {
        sessions.forEach(FakeStreamSession::drop);
    }

    /** From now on every upgrade is answered with this HTTP status (e.g. 503); 0 accepts again. */
    public void refuseUpgrades(int status) {
        refusal = status;
    }

    /** Down entirely: connections cut, none accepted (refused at TCP) until {@link #restart()}. */
    public void stop() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // Closed already.
        }
        dropConnections();
    }

    /** Listens again, on the same port. */
    public void restart() {
        listener = listen(port);
        acceptOn(listener);
    }

    @Override
    public void close() {
        stop();
    }

    // ---- what a test reads ----

    /** Connections upgraded since start. */
    public int connections() {
        return connections.get();
    }

    public int openConnections() {
        return sessions.size();
    }

    /** Whether a client follows the symbol now. */
    public boolean subscribed(String symbol) {
        return sessions.stream().anyMatch(session -> session.follows(streamName(symbol)));
    }

    public int subscribeRequests() {
        return subscribeRequests.get();
    }

    public int unsubscribeRequests() {
        return unsubscribeRequests.get();
    }

    /** SUBSCRIBE requests refused because they would take a connection past {@link #MAX_STREAMS}. */
    public int refusedSubscriptions() {
        return refusedSubscriptions.get();
    }

    /** How many streams each open connection follows now. */
    public List<Integer> streamsPerConnection() {
        return sessions.stream().map(FakeStreamSession::streams).toList();
    }

    /** Payloads of the pongs received, oldest first. */
    public List<String> pongs() {
        return List.copyOf(pongs);
    }

    /** System.nanoTime() of every upgrade request, accepted or refused, oldest first. */
    public List<Long> attemptNanos() {
        return new ArrayList<>(attemptNanos);
    }

    // ---- the sessions' side ----

    void attempted() {
        attemptNanos.add(System.nanoTime());
    }

    int refusal() {
        return refusal;
    }

    void opened(FakeStreamSession session) {
        sessions.add(session);
        connections.incrementAndGet();
    }

    void closed(FakeStreamSession session) {
        sessions.remove(session);
    }

    void subscribed() {
        subscribeRequests.incrementAndGet();
    }

    void unsubscribed() {
        unsubscribeRequests.incrementAndGet();
    }

    void refusedSubscription() {
        refusedSubscriptions.incrementAndGet();
    }

    void ponged(String payload) {
        pongs.add(payload);
    }

    private static String streamName(String symbol) {
        return symbol.toLowerCase(Locale.ROOT) + "@bookTicker";
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen for the fake stream on port " + port, e);
        }
    }

    private void acceptOn(ServerSocket socket) {
        Thread.ofVirtual().name("fake-stream-accept").start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    FakeStreamSession session = new FakeStreamSession(client, this);
                    Thread.ofVirtual().name("fake-stream-session").start(session::serve);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }
}
