package dev.robson.server.push;

import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.server.auth.Tenant;
import dev.robson.server.events.EventBus;
import dev.robson.server.events.EventOutbox;
import dev.robson.server.events.OperationEvent;
import dev.robson.server.events.OperationEventView;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.PriceDemand;
import dev.robson.server.market.PriceView;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.symbols.SymbolCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * This replica's push connections and what each follows: it takes prices and events from the
 * bus and hands each to the connections that may see it (events only to their own tenant's),
 * and a timer of its own keeps the connections honest (auth deadline, token expiry, heartbeat)
 * and feeds what the bus does not bring: positions (valued here) and prices of symbols nobody
 * streams (read from the quote cache, at most once per {@code cachedPriceEvery} per symbol).
 */
@Component
final class PushHub implements EventBus.BusListener, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushHub.class);
    static final String EVENTS = "events";
    static final String POSITIONS = "positions";
    static final String PRICE_PREFIX = "price:";
    /** Events replayed on subscribe at most; an older gap is for GET /api/events/. */
    static final int REPLAY_LIMIT = 500;
    /** How often this replica says which symbols its clients follow (the demand's grace is far longer). */
    static final Duration DEMAND_EVERY = Duration.ofSeconds(1);

    private final EventBus bus;
    private final EventOutbox outbox;
    private final SymbolCatalog symbols;
    private final QuoteSource quotes;
    private final TokenCheck tokens;
    private final PositionsFeed positions;
    private final Frames frames;
    private final PushProperties settings;
    private final Clock clock;
    private final Set<PushConnection> connections = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<PushConnection>> bySymbol = new ConcurrentHashMap<>();
    private final Map<Long, Set<PushConnection>> eventsByTenant = new ConcurrentHashMap<>();
    private final UserConnections perUser;
    /** Each authenticated connection's place in its user's count. */
    private final Map<PushConnection, String> places = new ConcurrentHashMap<>();

    private long renewedAtNanos = System.nanoTime();
    private final Map<String, Long> pricedAtNanos = new ConcurrentHashMap<>();
    private final Map<String, Quote> lastRead = new ConcurrentHashMap<>();
    private final Set<String> reading = ConcurrentHashMap.newKeySet();
    private final PriceDemand demand;
    private final AtomicBoolean sayingDemand = new AtomicBoolean();
    private long demandSaidAtNanos = System.nanoTime() - Long.MAX_VALUE / 2;
    private final Counter framesSent;
    private volatile boolean accepting;
    private volatile boolean running;
    private ScheduledExecutorService timer;

    PushHub(
            EventBus bus,
            EventOutbox outbox,
            SymbolCatalog symbols,
            @Qualifier("quotes") QuoteSource quotes,
            TokenCheck tokens,
            PositionsFeed positions,
            PriceDemand demand,
            UserConnections perUser,
            Frames frames,
            PushProperties settings,
            Clock clock,
            MeterRegistry meters) {
        this.bus = bus;
        this.demand = demand;
        this.perUser = perUser;
        this.outbox = outbox;
        this.symbols = symbols;
        this.quotes = quotes;
        this.tokens = tokens;
        this.positions = positions;
        this.frames = frames;
        this.settings = settings;
        this.clock = clock;
        this.framesSent = Counter.builder("robson.push.frames")
                .description("Price, position and event frames handed to push connections")
                .register(meters);
        Gauge.builder("robson.push.connections", connections, Set::size)
                .description("Open push connections on this replica")
                .register(meters);
        // Listening first, then reading the state: a change in between is heard, none is missed.
        bus.listen(this);
        this.accepting = bus.available();
    }

    // ---- connections ----

    /** A new connection, or false when push is unavailable (the endpoint tells the client to poll). */
    boolean open(PushConnection connection) {
        if (!accepting || !running) {
            return false;
        }
        connections.add(connection);
        return true;
    }

    void closed(PushConnection connection) {
        connection.ended();
        if (!connections.remove(connection)) {
            return;
        }
        for (String channel : List.copyOf(connection.channels())) {
            unfollow(connection, channel);
        }
        Tenant tenant = connection.tenant();
        String place = places.remove(connection);
        if (tenant != null && place != null) {
            perUser.release(userKey(tenant), place);
        }
    }

    /** The first auth message, or a later one with a refreshed token (same tenant and user only). */
    void authenticate(PushConnection connection, String token) {
        var verified = token == null ? Optional.<TokenCheck.Verified>empty() : tokens.verify(token);
        if (verified.isEmpty()
                || !verified.get().expiresAt().plus(settings.expiryGrace()).isAfter(clock.instant())) {
            connection.fail(
                    frames.error(HttpStatus.UNAUTHORIZED, "invalid_token", "The access token is invalid or expired."),
                    CloseCodes.UNAUTHENTICATED);
            return;
        }
        Tenant tenant = verified.get().tenant();
        Tenant before = connection.tenant();
        if (before != null) {
            if (before.tenantId() != tenant.tenantId() || !Objects.equals(before.username(), tenant.username())) {
                connection.fail(
                        frames.error(
                                HttpStatus.UNAUTHORIZED,
                                "token_mismatch",
                                "A refreshed token must be the same user's; open a new connection to switch."),
                        CloseCodes.UNAUTHENTICATED);
                return;
            }
        } else {
            String place = UUID.randomUUID().toString();
            places.put(connection, place);
            if (!perUser.take(userKey(tenant), place)) {
                places.remove(connection);
                connection.fail(
                        frames.error(
                                HttpStatus.TOO_MANY_REQUESTS,
                                "too_many_connections",
                                "At most " + settings.connectionsPerUser()
                                        + " push connections per user; close another first."),
                        CloseCodes.LIMIT);
                return;
            }
        }
        connection.authenticated(tenant, verified.get().expiresAt());
        connection.send(frames.ready(tenant.username(), verified.get().expiresAt(), lastEventId(tenant), settings));
    }

    /** Follows a channel: {@code price:SYMBOL}, {@code positions} or {@code events} (from after an id). */
    void subscribe(PushConnection connection, String channel, Long after) {
        if (channel == null) {
            connection.send(frames.error(HttpStatus.BAD_REQUEST, "invalid_channel", "subscribe needs a channel."));
            return;
        }
        String symbol = null;
        if (channel.startsWith(PRICE_PREFIX)) {
            try {
                symbol = symbols.require(channel.substring(PRICE_PREFIX.length()))
                        .name();
            } catch (ApiProblem unknown) {
                connection.send(frames.error(unknown.status(), unknown.code(), unknown.getMessage()));
                return;
            }
        } else if (!EVENTS.equals(channel) && !POSITIONS.equals(channel)) {
            connection.send(frames.error(
                    HttpStatus.BAD_REQUEST, "invalid_channel", "Channels are price:SYMBOL, positions and events."));
            return;
        }
        if (!connection.channels().contains(channel) && connection.channels().size() >= settings.maxSubscriptions()) {
            connection.fail(
                    frames.error(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "too_many_subscriptions",
                            "At most " + settings.maxSubscriptions() + " channels per connection."),
                    CloseCodes.LIMIT);
            return;
        }
        boolean added = connection.channels().add(channel);
        connection.send(frames.subscribed(channel));
        if (symbol != null) {
            if (added) {
                bySymbol.computeIfAbsent(symbol, name -> ConcurrentHashMap.newKeySet())
                        .add(connection);
            }
            String name = symbol;
            Thread.ofVirtual().name("push-first-price").start(() -> firstPrice(connection, name));
        } else if (POSITIONS.equals(channel)) {
            positions.follow(connection);
        } else {
            if (added) {
                eventsByTenant
                        .computeIfAbsent(connection.tenant().tenantId(), id -> ConcurrentHashMap.newKeySet())
                        .add(connection);
            }
            if (after != null) {
                // Followed first, replayed second: an event in between may come twice, never not at all.
                Thread.ofVirtual().name("push-replay").start(() -> replay(connection, after));
            }
        }
    }

    void unsubscribe(PushConnection connection, String channel) {
        if (channel != null && connection.channels().remove(channel)) {
            unfollow(connection, channel);
        }
        connection.send(frames.unsubscribed(channel == null ? "" : channel));
    }

    private void unfollow(PushConnection connection, String channel) {
        connection.channels().remove(channel);
        if (channel.startsWith(PRICE_PREFIX)) {
            String symbol = channel.substring(PRICE_PREFIX.length());
            bySymbol.computeIfPresent(symbol, (name, set) -> {
                set.remove(connection);
                return set.isEmpty() ? null : set;
            });
        } else if (POSITIONS.equals(channel)) {
            positions.unfollow(connection);
        } else if (EVENTS.equals(channel) && connection.tenant() != null) {
            eventsByTenant.computeIfPresent(connection.tenant().tenantId(), (id, set) -> {
                set.remove(connection);
                return set.isEmpty() ? null : set;
            });
        }
    }

    // ---- from the bus ----

    @Override
    public void price(MarketQuote price, boolean fromThisReplica) {
        String symbol = price.quote().symbol();
        pricedAtNanos.put(symbol, System.nanoTime());
        deliver(price);
    }

    @Override
    public void event(OperationEvent event) {
        positions.eventFor(event.tenantId());
        Set<PushConnection> followers = eventsByTenant.get(event.tenantId());
        if (followers == null || followers.isEmpty()) {
            return;
        }
        String frame = frames.data("event", EVENTS, OperationEventView.of(event, symbols));
        for (PushConnection connection : followers) {
            // The set is keyed by tenant; the check again costs nothing and guards the one rule that matters.
            Tenant tenant = connection.tenant();
            if (tenant != null && tenant.tenantId() == event.tenantId()) {
                connection.send(frame);
                framesSent.increment();
            }
        }
    }

    @Override
    public void availability(boolean available) {
        accepting = available;
        if (!available) {
            log.info("Push unavailable: {} connections told to poll", connections.size());
            String frame = frames.unavailable();
            for (PushConnection connection : List.copyOf(connections)) {
                connection.fail(frame, CloseCodes.UNAVAILABLE);
            }
        }
    }

    private void deliver(MarketQuote price) {
        String symbol = price.quote().symbol();
        positions.priceMoved(symbol);
        Set<PushConnection> followers = bySymbol.get(symbol);
        if (followers == null || followers.isEmpty()) {
            return;
        }
        Symbol known = symbols.find(symbol).orElse(null);
        if (known == null) {
            return;
        }
        String frame = frames.data("price", PRICE_PREFIX + symbol, PriceView.of(known, price, clock));
        for (PushConnection connection : followers) {
            connection.sendPrice(symbol, frame);
            framesSent.increment();
        }
    }

    private void firstPrice(PushConnection connection, String symbol) {
        try {
            Symbol known = symbols.find(symbol).orElseThrow();
            MarketQuote quote = quotes.quote(known);
            connection.sendPrice(
                    symbol, frames.data("price", PRICE_PREFIX + symbol, PriceView.of(known, quote, clock)));
        } catch (RuntimeException noPrice) {
            // The next price, streamed or read, follows within a second.
        }
    }

    private void replay(PushConnection connection, long after) {
        try {
            for (OperationEvent missed : outbox.after(connection.tenant().tenantId(), after, REPLAY_LIMIT)) {
                connection.send(frames.data("event", EVENTS, OperationEventView.of(missed, symbols)));
            }
        } catch (RuntimeException unreadable) {
            connection.send(frames.error(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "replay_unavailable",
                    "Missed events could not be read now; GET /api/events/ has them."));
        }
    }

    // ---- the timer ----

    private void tick() {
        try {
            Instant now = clock.instant();
            for (PushConnection connection : connections) {
                keepHonest(connection, now);
            }
            positions.tick();
            readUnstreamed();
            sayDemand();
            renewPlaces();
        } catch (RuntimeException unexpected) {
            log.warn("Push housekeeping failed ({})", unexpected.getClass().getSimpleName());
        }
    }

    private void keepHonest(PushConnection connection, Instant now) {
        if (!connection.open()) {
            return;
        }
        if (!connection.authenticated()) {
            if (connection.ageNanos() > settings.authTimeout().toNanos()) {
                connection.fail(
                        frames.error(
                                HttpStatus.UNAUTHORIZED,
                                "auth_timeout",
                                "Send {\"type\":\"auth\",\"token\":...} within "
                                        + settings.authTimeout().toSeconds() + " s of connecting."),
                        CloseCodes.AUTH_TIMEOUT);
            }
            return;
        }
        if (!now.isBefore(connection.expiresAt().plus(settings.expiryGrace()))) {
            connection.fail(
                    frames.error(
                            HttpStatus.UNAUTHORIZED,
                            "token_expired",
                            "The access token expired; refresh it and reconnect (or send a new auth message before expiry)."),
                    CloseCodes.TOKEN_EXPIRED);
            return;
        }
        if (connection.silentNanos() > settings.silentFor().toNanos()) {
            connection.close(CloseCodes.SILENT);
            return;
        }
        if (connection.sincePingNanos() >= settings.heartbeat().toNanos()) {
            connection.ping();
        }
    }

    /** Symbols followed here whose last price is older than cachedPriceEvery: read from the cache. */
    private void readUnstreamed() {
        long now = System.nanoTime();
        long every = settings.cachedPriceEvery().toNanos();
        for (String symbol : bySymbol.keySet()) {
            Long pricedAt = pricedAtNanos.get(symbol);
            if (pricedAt != null && now - pricedAt < every) {
                continue;
            }
            if (!reading.add(symbol)) {
                continue;
            }
            pricedAtNanos.put(symbol, now);
            Thread.ofVirtual().name("push-cached-price").start(() -> {
                try {
                    Symbol known = symbols.find(symbol).orElseThrow();
                    MarketQuote quote = quotes.quote(known);
                    // Only what moved: an unchanged cached quote is no news, an older one never replaces a newer.
                    Quote previous = lastRead.put(symbol, quote.quote());
                    if (previous == null
                            || !previous.equals(quote.quote())
                                    && !quote.quote().readAt().isBefore(previous.readAt())) {
                        deliver(quote);
                    }
                } catch (RuntimeException noPrice) {
                    // Retried at the next tick past the pace.
                } finally {
                    reading.remove(symbol);
                }
            });
        }
    }

    /**
     * Every {@link #DEMAND_EVERY}, tells the price demand what this replica's clients follow, so
     * the replica streaming those symbols' partition adds them to its exchange stream. Off the
     * timer's thread: a Redis that is away costs that thread nothing.
     */
    private void sayDemand() {
        long now = System.nanoTime();
        if (now - demandSaidAtNanos < DEMAND_EVERY.toNanos() || !sayingDemand.compareAndSet(false, true)) {
            return;
        }
        demandSaidAtNanos = now;
        Map<Long, Set<String>> byTenant = new HashMap<>();
        bySymbol.forEach((symbol, followers) -> {
            for (PushConnection connection : followers) {
                Tenant tenant = connection.tenant();
                if (tenant != null) {
                    byTenant.computeIfAbsent(tenant.tenantId(), id -> new HashSet<>())
                            .add(symbol);
                }
            }
        });
        if (byTenant.isEmpty()) {
            sayingDemand.set(false);
            return;
        }
        Thread.ofVirtual().name("push-demand").start(() -> {
            try {
                demand.followed(byTenant);
            } catch (RuntimeException unreachable) {
                // Said again within a second; the grace outlasts a few missed ones.
            } finally {
                sayingDemand.set(false);
            }
        });
    }

    /** Every heartbeat, the open connections keep their places in their users' counts. */
    private void renewPlaces() {
        long now = System.nanoTime();
        if (now - renewedAtNanos < settings.heartbeat().toNanos()) {
            return;
        }
        renewedAtNanos = now;
        Map<String, String> userByPlace = new HashMap<>();
        places.forEach((connection, place) -> {
            Tenant tenant = connection.tenant();
            if (tenant != null) {
                userByPlace.put(place, userKey(tenant));
            }
        });
        if (!userByPlace.isEmpty()) {
            perUser.renew(userByPlace);
        }
    }

    private long lastEventId(Tenant tenant) {
        try {
            List<OperationEvent> newest = outbox.latest(tenant.tenantId(), 1);
            return newest.isEmpty() ? 0 : newest.getFirst().id();
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }

    private static String userKey(Tenant tenant) {
        return tenant.tenantId() + "/" + tenant.username();
    }

    // ---- lifecycle ----

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("push-hub").daemon().factory());
        timer.scheduleWithFixedDelay(this::tick, 100, 100, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        for (PushConnection connection : List.copyOf(connections)) {
            connection.close(CloseCodes.SHUTTING_DOWN);
        }
        timer.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server does, so clients hear 1001 instead of a dropped socket. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1000;
    }

    int connectionCount() {
        return connections.size();
    }
}
