package dev.robson.server.events;

import dev.robson.server.market.MarketQuote;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The exchange stream's prices on their way to the bus, at most one per symbol per
 * {@code pace} (10 a second by default). A price that comes sooner waits and is replaced by any
 * newer one; it leaves at the end of the pace, so the newest price is never held back longer
 * than that and a quiet symbol's first price leaves at once.
 */
public final class LivePrices implements AutoCloseable {

    private final EventBus bus;
    private final long paceNanos;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-prices").daemon().factory());

    LivePrices(EventBus bus, Duration pace) {
        this.bus = bus;
        this.paceNanos = pace.toNanos();
    }

    /** One price from the stream's hand-off thread. */
    public void streamed(MarketQuote price) {
        Lane lane = lanes.computeIfAbsent(price.quote().symbol(), symbol -> new Lane());
        long wait;
        synchronized (lane) {
            long now = System.nanoTime();
            long since = now - lane.sentAt;
            if (lane.waiting == null && since >= paceNanos) {
                lane.sentAt = now;
                wait = -1;
            } else {
                boolean scheduled = lane.waiting != null;
                lane.waiting = price;
                wait = scheduled ? -2 : Math.max(0, paceNanos - since);
            }
        }
        if (wait == -1) {
            bus.publish(price);
        } else if (wait >= 0) {
            try {
                timer.schedule(() -> flush(lane), wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closing) {
                // Shutting down: nobody is listening.
            }
        }
    }

    private void flush(Lane lane) {
        MarketQuote price;
        synchronized (lane) {
            price = lane.waiting;
            lane.waiting = null;
            lane.sentAt = System.nanoTime();
        }
        if (price != null) {
            bus.publish(price);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static final class Lane {
        private long sentAt = System.nanoTime() - Long.MAX_VALUE / 2;
        private MarketQuote waiting;
    }
}
