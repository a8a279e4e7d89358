package dev.robson.server.exchange.stream;

import dev.robson.core.market.Quote;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.PriceSource;
import dev.robson.server.market.StreamedQuotes;
import dev.robson.server.monitor.PriceWatcher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Live best bid and ask from Binance's {@code <symbol>@bookTicker} streams, for the symbols the
 * watcher follows, each price handed on as a {@link Quote} at once. A connection carries at most
 * 1,024 streams (Binance's limit); beyond that the symbols are spread over several
 * ({@link StreamLanes}), each connection with its own reconnects, backoff and renewal, so one
 * lost connection costs only its own symbols' prices. The REST tick of the stop monitor stays
 * on underneath, so a stream that is down costs reaction time, never protection.
 *
 * <p>Every few seconds ({@code resync}) the supervisor thread compares the followed symbols
 * with the watcher's and SUBSCRIBEs / UNSUBSCRIBEs the difference on the open connections (no
 * reconnect, so no gap for the others). With nothing to follow it holds no connection. A
 * connection lost, refused or silent for {@code silentFor} is replaced after a backoff doubling
 * from {@code backoffMin} to {@code backoffMax} with jitter, with the symbols of that moment in
 * its address; one {@code renewAfter} old is replaced before Binance's 24 h cut, the new one
 * opened before the old one closes so no price falls between them.
 *
 * <p>All connection state belongs to the supervisor thread; the HTTP client's threads only read
 * prices and report losses to it.
 */
public final class BookTickerStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BookTickerStream.class);
    /** Binance's most streams per connection. */
    static final int STREAMS_PER_CONNECTION = 1024;

    private final URI wsUrl;
    private final StreamProperties settings;
    private final PriceWatcher watcher;
    private final StreamedQuotes prices;
    private final Clock clock;
    private final int streamsPerConnection;
    private final Counter messages;
    private final Counter reconnects;
    private HttpClient http;
    private ScheduledExecutorService supervisor;
    /** Prices for the quote cache and push: never behind the monitor's database work. */
    private ConflatedQuotes pricing;
    /** Prices for the stop monitor, which may read the database for each. */
    private ConflatedQuotes reactions;
    /** The supervisor thread's own list; readers on other threads see {@link #published}. */
    private final List<Lane> lanes = new ArrayList<>();

    private volatile List<Lane> published = List.of();
    private volatile boolean running;

    /** A stream whose prices reach only the watcher (no quote cache behind it). */
    public BookTickerStream(
            URI wsUrl, StreamProperties settings, PriceWatcher watcher, Clock clock, MeterRegistry meters) {
        this(wsUrl, settings, watcher, quote -> {}, clock, meters, STREAMS_PER_CONNECTION);
    }

    public BookTickerStream(
            URI wsUrl,
            StreamProperties settings,
            PriceWatcher watcher,
            StreamedQuotes prices,
            Clock clock,
            MeterRegistry meters) {
        this(wsUrl, settings, watcher, prices, clock, meters, STREAMS_PER_CONNECTION);
    }

    BookTickerStream(
            URI wsUrl,
            StreamProperties settings,
            PriceWatcher watcher,
            StreamedQuotes prices,
            Clock clock,
            MeterRegistry meters,
            int streamsPerConnection) {
        this.wsUrl = wsUrl;
        this.settings = settings;
        this.watcher = watcher;
        this.prices = prices;
        this.clock = clock;
        this.streamsPerConnection = streamsPerConnection;
        this.messages = Counter.builder("robson.stream.messages")
                .description("Book-ticker prices received from the exchange's stream")
                .register(meters);
        this.reconnects = Counter.builder("robson.stream.reconnects")
                .description("Stream connections replacing one that was lost, went silent or aged")
                .register(meters);
        Gauge.builder("robson.stream.live", this, stream -> stream.live() ? 1 : 0)
                .description("1 while every stream connection is up and its latest price is recent")
                .register(meters);
        Gauge.builder("robson.stream.connections", this, BookTickerStream::connections)
                .description("Open stream connections (each carries at most 1,024 symbols)")
                .register(meters);
    }

    /** Every connection up, each with a price received within {@code liveWithin}. */
    boolean live() {
        List<Lane> now = published;
        return !now.isEmpty() && now.stream().allMatch(Lane::live);
    }

    /** The symbols the open connections follow; empty without one. */
    Set<String> followed() {
        Set<String> followed = new TreeSet<>();
        published.forEach(lane -> followed.addAll(lane.followed()));
        return followed;
    }

    /** How many connections are open now. */
    int connections() {
        return (int) published.stream().filter(lane -> lane.current != null).count();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
        // Two hand-offs, each on its own thread: a price reaches the quote cache (and so every
        // request and replica) without waiting for the monitor's reaction to the symbols before it.
        pricing = new ConflatedQuotes(
                "the quote cache",
                quote -> prices.streamed(new MarketQuote(quote, PriceSource.BINANCE, false)),
                settings.pace());
        reactions = new ConflatedQuotes("the stop monitor", watcher::react, settings.pace());
        supervisor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("book-ticker-stream").daemon().factory());
        // Running before the first check, which starts at once and skips a stream not running.
        running = true;
        supervisor.scheduleWithFixedDelay(this::sync, 0, settings.resync().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            supervisor
                    .submit(() -> hangUpAll("shutting down"))
                    .get(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notClean) {
            log.debug("Stream did not close cleanly ({})", notClean.getClass().getSimpleName());
        }
        supervisor.shutdownNow();
        pricing.close();
        reactions.close();
        http.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // ---- the supervisor thread ----

    private void sync() {
        try {
            follow();
        } catch (RuntimeException unexpected) {
            // Thrown out of here, it would cancel the schedule and the stream would never return.
            log.warn(
                    "Book-ticker stream check failed ({}); next check in {}",
                    unexpected.getClass().getSimpleName(),
                    settings.resync());
        }
    }

    private void follow() {
        if (!running) {
            return;
        }
        Set<String> wanted;
        try {
            wanted = watcher.watchedSymbols();
        } catch (RuntimeException unknown) {
            log.warn(
                    "Cannot tell which symbols to follow ({}); keeping the stream as it is",
                    unknown.getClass().getSimpleName());
            return;
        }
        List<Set<String>> plan = StreamLanes.assign(
                wanted, lanes.stream().map(lane -> lane.assigned).toList(), streamsPerConnection);
        while (lanes.size() < plan.size()) {
            lanes.add(new Lane());
        }
        for (int i = 0; i < plan.size(); i++) {
            lanes.get(i).assigned = plan.get(i);
        }
        // Visible before any of them connects, so a price can never arrive on a lane nobody sees.
        published = List.copyOf(lanes);
        for (Lane lane : List.copyOf(lanes)) {
            if (lane.assigned.isEmpty()) {
                lane.hangUp(wanted.isEmpty() ? "nothing to watch" : "its symbols are no longer watched");
                lanes.remove(lane);
            } else {
                lane.follow();
            }
        }
        published = List.copyOf(lanes);
    }

    private void hangUpAll(String why) {
        lanes.forEach(lane -> lane.hangUp(why));
        lanes.clear();
        published = List.of();
    }

    private void price(Quote quote) {
        messages.increment();
        pricing.offer(quote);
        reactions.offer(quote);
    }

    /**
     * One connection and the symbols assigned to it, with its own backoff: a lost connection
     * reconnects with the symbols assigned at that moment, the others carry on.
     */
    private final class Lane {

        private final ReconnectBackoff backoff =
                new ReconnectBackoff(settings.backoffMin(), settings.backoffMax(), RandomGenerator.getDefault());
        private Set<String> assigned = Set.of();
        private volatile StreamConnection current;
        /** System.nanoTime() before which no connection is attempted (backoff). */
        private long retryAt = System.nanoTime();

        private boolean reconnecting;

        boolean live() {
            StreamConnection connection = current;
            if (connection == null || connection.ended()) {
                return false;
            }
            Instant lastPrice = connection.lastPriceAt();
            return lastPrice != null && !lastPrice.plus(settings.liveWithin()).isBefore(clock.instant());
        }

        Set<String> followed() {
            StreamConnection connection = current;
            return connection == null ? Set.of() : connection.followed();
        }

        void follow() {
            StreamConnection connection = current;
            if (connection == null) {
                if (System.nanoTime() - retryAt >= 0) {
                    connect();
                }
                return;
            }
            if (connection.ended()) {
                return; // its loss is already on its way to this thread
            }
            Instant now = clock.instant();
            if (connection.lastHeardAt().plus(settings.silentFor()).isBefore(now)) {
                log.warn("Book-ticker stream silent since {}; reconnecting", connection.lastHeardAt());
                connection.abort();
                lost(connection, "silent");
                return;
            }
            if (connection.lastPriceAt() != null) {
                backoff.reset();
            }
            if (!connection.openedAt().plus(settings.renewAfter()).isAfter(now) && System.nanoTime() - retryAt >= 0) {
                renew(connection);
                return;
            }
            try {
                connection.follow(assigned);
            } catch (StreamUnavailable failure) {
                log.warn("Could not change the stream's subscriptions ({}); reconnecting", failure.getMessage());
                connection.abort();
                lost(connection, "subscription failed");
            }
        }

        private void connect() {
            try {
                current = open();
                if (reconnecting) {
                    reconnects.increment();
                    reconnecting = false;
                }
                log.info("Book-ticker stream connected, following {} symbols", assigned.size());
            } catch (StreamUnavailable failure) {
                Duration delay = retryLater();
                log.warn(
                        "Book-ticker stream unavailable ({}); next attempt in {} ms",
                        failure.getMessage(),
                        delay.toMillis());
            }
        }

        /** Make before break: the old connection keeps delivering until the new one is open. */
        private void renew(StreamConnection old) {
            try {
                current = open();
                old.close("renewed before the 24 h limit");
                reconnects.increment();
                log.info("Book-ticker stream renewed after {}", Duration.between(old.openedAt(), clock.instant()));
            } catch (StreamUnavailable failure) {
                Duration delay = retryLater();
                log.warn(
                        "Could not renew the book-ticker stream ({}); keeping the old one, next attempt in {} ms",
                        failure.getMessage(),
                        delay.toMillis());
            }
        }

        private StreamConnection open() throws StreamUnavailable {
            return StreamConnection.open(
                    http,
                    wsUrl,
                    assigned,
                    settings.connectTimeout(),
                    clock,
                    BookTickerStream.this::price,
                    this::reportLost);
        }

        /** From the HTTP client's thread: the supervisor deals with it. */
        private void reportLost(StreamConnection connection, String why) {
            try {
                supervisor.execute(() -> {
                    log.warn("Book-ticker stream lost: {}", why);
                    lost(connection, why);
                });
            } catch (RejectedExecutionException shuttingDown) {
                // Stopping: nothing to reconnect.
            }
        }

        private void lost(StreamConnection connection, String why) {
            if (connection != current || !running) {
                return;
            }
            current = null;
            reconnecting = true;
            Duration delay = retryLater();
            log.info("Book-ticker stream reconnects in {} ms ({})", delay.toMillis(), why);
        }

        private Duration retryLater() {
            Duration delay = backoff.next();
            retryAt = System.nanoTime() + delay.toNanos();
            supervisor.schedule(BookTickerStream.this::sync, delay.toMillis(), TimeUnit.MILLISECONDS);
            return delay;
        }

        void hangUp(String why) {
            StreamConnection connection = current;
            current = null;
            reconnecting = false;
            backoff.reset();
            if (connection != null) {
                connection.close(why);
                log.info("Book-ticker stream closed: {}", why);
            }
        }
    }
}
