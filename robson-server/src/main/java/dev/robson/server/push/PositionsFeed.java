package dev.robson.server.push;

import dev.robson.server.auth.Tenant;
import dev.robson.server.portfolio.PositionService;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code positions} channel: each followed tenant's positions valued by the same service as
 * {@code GET /api/portfolio/positions/} and pushed when they changed. A price of one of the
 * tenant's symbols or an event of the tenant marks them due; they are valued at most once per
 * {@code positionsEvery} per tenant, however many prices come and however many of the tenant's
 * connections follow, and at least once per {@code positionsRefresh} (prices read from the
 * cache, a stale mark that flips). "Changed" ignores {@code as_of}, the valuation's own time.
 */
@Component
final class PositionsFeed {

    private static final Logger log = LoggerFactory.getLogger(PositionsFeed.class);

    private final PositionService positions;
    private final Frames frames;
    private final long everyNanos;
    private final long refreshNanos;
    private final Map<Long, Follow> byTenant = new ConcurrentHashMap<>();

    PositionsFeed(PositionService positions, Frames frames, PushProperties settings) {
        this.positions = positions;
        this.frames = frames;
        this.everyNanos = settings.positionsEvery().toNanos();
        this.refreshNanos = settings.positionsRefresh().toNanos();
    }

    void follow(PushConnection connection) {
        Tenant tenant = connection.tenant();
        Follow follow = byTenant.compute(tenant.tenantId(), (id, present) -> {
            Follow kept = present == null ? new Follow(tenant) : present;
            kept.connections.add(connection);
            return kept;
        });
        String last = follow.lastFrame;
        if (last != null) {
            connection.sendPositions(last);
        } else {
            follow.due = true;
        }
    }

    void unfollow(PushConnection connection) {
        Tenant tenant = connection.tenant();
        if (tenant == null) {
            return;
        }
        byTenant.computeIfPresent(tenant.tenantId(), (id, follow) -> {
            follow.connections.remove(connection);
            return follow.connections.isEmpty() ? null : follow;
        });
    }

    void priceMoved(String symbol) {
        for (Follow follow : byTenant.values()) {
            if (follow.symbols.contains(symbol)) {
                follow.due = true;
            }
        }
    }

    void eventFor(long tenantId) {
        Follow follow = byTenant.get(tenantId);
        if (follow != null) {
            follow.due = true;
        }
    }

    /** From the hub's timer: starts the valuations that are due, each on a virtual thread of its own. */
    void tick() {
        long now = System.nanoTime();
        for (Follow follow : byTenant.values()) {
            long since = now - follow.valuedAtNanos;
            boolean due = (follow.due && since >= everyNanos) || since >= refreshNanos;
            if (due && follow.valuing.compareAndSet(false, true)) {
                follow.due = false;
                follow.valuedAtNanos = now;
                Thread.ofVirtual().name("push-positions").start(() -> value(follow));
            }
        }
    }

    private void value(Follow follow) {
        try {
            JsonNode valued = frames.tree(positions.openPositions(follow.tenant));
            ObjectNode comparable = ((ObjectNode) valued).deepCopy();
            comparable.remove("as_of");
            Set<String> symbols = new HashSet<>();
            valued.path("positions")
                    .forEach(position -> symbols.add(position.path("symbol").asString()));
            follow.symbols = Set.copyOf(symbols);
            if (comparable.equals(follow.lastComparable)) {
                return;
            }
            follow.lastComparable = comparable;
            String frame = frames.data("positions", "positions", valued);
            follow.lastFrame = frame;
            for (PushConnection connection : follow.connections) {
                connection.sendPositions(frame);
            }
        } catch (RuntimeException failure) {
            log.warn(
                    "PositionService of tenant {} could not be valued for push ({}); retried shortly",
                    follow.tenant.tenantId(),
                    failure.getClass().getSimpleName());
            follow.due = true;
        } finally {
            follow.valuing.set(false);
        }
    }

    private static final class Follow {
        private final Tenant tenant;
        private final Set<PushConnection> connections = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean valuing = new AtomicBoolean();
        private volatile boolean due = true;
        private volatile long valuedAtNanos = System.nanoTime() - Long.MAX_VALUE / 2;
        private volatile Set<String> symbols = Set.of();
        private volatile JsonNode lastComparable;
        private volatile String lastFrame;

        Follow(Tenant tenant) {
            this.tenant = tenant;
        }
    }
}
