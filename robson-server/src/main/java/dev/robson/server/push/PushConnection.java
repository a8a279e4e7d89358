package dev.robson.server.push;

import dev.robson.server.auth.Tenant;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One client's stream. Nothing that publishes waits on the client: frames go into this
 * connection's outbox and a virtual thread of its own writes them. Prices are conflated per
 * symbol and positions to the latest valuation (a slow client gets the newest, not a backlog);
 * every other frame (events, replies) keeps its order, and a client too slow to take them within
 * {@code sendQueue} frames is cut off (it reconnects and asks for what it missed).
 */
final class PushConnection {

    private final WebSocketSession session;
    private final long openedNanos = System.nanoTime();
    private final LinkedBlockingQueue<String> ordered;
    private final Map<String, String> latestPrices = new ConcurrentHashMap<>();
    private final AtomicReference<String> latestPositions = new AtomicReference<>();
    private final AtomicBoolean pingDue = new AtomicBoolean();
    private final Semaphore work = new Semaphore(0);
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private final double messagesPerSecond;
    private final double burst;
    private volatile CloseStatus closeAfter;
    private volatile boolean open = true;
    private volatile Tenant tenant;
    private volatile Instant expiresAt;
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile long lastPingNanos = System.nanoTime();
    private double allowance;
    private long allowanceAt = System.nanoTime();

    PushConnection(WebSocketSession session, int sendQueue, int messagesPerSecond) {
        this.session = session;
        this.ordered = new LinkedBlockingQueue<>(sendQueue);
        this.messagesPerSecond = messagesPerSecond;
        this.burst = 2.0 * messagesPerSecond;
        this.allowance = burst;
        Thread.ofVirtual().name("push-" + session.getId()).start(this::write);
    }

    String id() {
        return session.getId();
    }

    // ---- who it is ----

    Tenant tenant() {
        return tenant;
    }

    boolean authenticated() {
        return tenant != null;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    void authenticated(Tenant tenant, Instant expiresAt) {
        this.tenant = tenant;
        this.expiresAt = expiresAt;
    }

    Set<String> channels() {
        return channels;
    }

    long ageNanos() {
        return System.nanoTime() - openedNanos;
    }

    // ---- what it says ----

    void heard() {
        lastHeardNanos = System.nanoTime();
    }

    long silentNanos() {
        return System.nanoTime() - lastHeardNanos;
    }

    /** A token bucket of {@code messagesPerSecond}, twice that in a burst: false when the client sends too much. */
    synchronized boolean allowMessage() {
        long now = System.nanoTime();
        allowance = Math.min(burst, allowance + (now - allowanceAt) / 1e9 * messagesPerSecond);
        allowanceAt = now;
        if (allowance < 1) {
            return false;
        }
        allowance -= 1;
        return true;
    }

    // ---- what it is sent ----

    boolean open() {
        return open && closeAfter == null;
    }

    /** A frame that must arrive, in order; false (and the connection ends) when the client lags too far. */
    boolean send(String frame) {
        if (!open()) {
            return false;
        }
        if (!ordered.offer(frame)) {
            close(CloseCodes.TOO_SLOW);
            return false;
        }
        work.release();
        return true;
    }

    void sendPrice(String symbol, String frame) {
        if (open()) {
            latestPrices.put(symbol, frame);
            work.release();
        }
    }

    void sendPositions(String frame) {
        if (open()) {
            latestPositions.set(frame);
            work.release();
        }
    }

    void ping() {
        lastPingNanos = System.nanoTime();
        pingDue.set(true);
        work.release();
    }

    long sincePingNanos() {
        return System.nanoTime() - lastPingNanos;
    }

    /** Sends the error frame, then closes; what was queued before goes first. */
    void fail(String errorFrame, CloseStatus status) {
        if (!open()) {
            return;
        }
        ordered.poll(); // room for the error even when the queue is full
        ordered.offer(errorFrame);
        close(status);
    }

    void close(CloseStatus status) {
        if (closeAfter == null) {
            closeAfter = status;
        }
        work.release();
    }

    /** The client or the container ended it. */
    void ended() {
        open = false;
        work.release();
    }

    private void write() {
        try {
            while (open) {
                work.acquire();
                work.drainPermits();
                String frame;
                while ((frame = ordered.poll()) != null) {
                    text(frame);
                }
                if (closeAfter != null) {
                    break;
                }
                for (String symbol : latestPrices.keySet()) {
                    String price = latestPrices.remove(symbol);
                    if (price != null) {
                        text(price);
                    }
                }
                String positions = latestPositions.getAndSet(null);
                if (positions != null) {
                    text(positions);
                }
                if (pingDue.getAndSet(false)) {
                    session.sendMessage(new PingMessage());
                }
            }
            CloseStatus status = closeAfter;
            if (status != null && session.isOpen()) {
                session.close(status);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException lost) {
            abort();
        } finally {
            open = false;
        }
    }

    private void text(String frame) throws IOException {
        session.sendMessage(new TextMessage(frame));
    }

    private void abort() {
        try {
            session.close(CloseStatus.SESSION_NOT_RELIABLE);
        } catch (IOException | RuntimeException alreadyGone) {
            // Nothing left to close.
        }
    }
}
