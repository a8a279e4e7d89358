package dev.robson.server.events;

import dev.robson.server.market.PriceDemand;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The demand of a single process (no {@code REDIS_URL}): its own push clients are all there is. */
final class LocalPriceDemand implements PriceDemand {

    private final Map<String, Long> liveUntilMillis = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration grace;
    private final int perTenant;

    LocalPriceDemand(Clock clock, Duration grace, int perTenant) {
        this.clock = clock;
        this.grace = grace;
        this.perTenant = perTenant;
    }

    @Override
    public void followed(Map<Long, Set<String>> symbolsByTenant) {
        long until = clock.millis() + grace.toMillis();
        DemandBook.entries(symbolsByTenant, perTenant, (entry, symbol) -> liveUntilMillis.put(entry, until));
    }

    @Override
    public Set<String> symbols() {
        long now = clock.millis();
        liveUntilMillis.values().removeIf(until -> until <= now);
        return DemandBook.symbols(List.copyOf(liveUntilMillis.keySet()), perTenant);
    }
}
