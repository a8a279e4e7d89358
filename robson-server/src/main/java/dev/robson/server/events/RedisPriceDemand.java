package dev.robson.server.events;

import dev.robson.server.market.PriceDemand;
import dev.robson.server.market.RedisLink;
import dev.robson.server.market.RedisReachability;
import io.lettuce.core.Range;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demand of every replica, in one Redis sorted set: an entry {@code tenant:SYMBOL} per
 * followed symbol, scored with the time it lapses (now plus the grace, pushed on each time a
 * replica says it again), so a replica that dies simply stops renewing its entries. Like the
 * bus, each command has a 250 ms timeout and nothing queues; while Redis is away the last demand
 * read stands (the stream keeps what it follows) and nothing is added.
 */
final class RedisPriceDemand implements PriceDemand, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisPriceDemand.class);

    private final RedisLink redis;
    private final String key;
    private final Clock clock;
    private final Duration grace;
    private final int perTenant;
    private volatile Set<String> lastRead = Set.of();
    private final RedisReachability reachability =
            new RedisReachability(log, "Push price demand on Redis", "the stream keeps what it follows");

    RedisPriceDemand(String redisUrl, Clock clock, Duration grace, int perTenant) {
        this.redis = new RedisLink(redisUrl);
        this.key = "robson:push:" + redis.database() + ":demand";
        this.clock = clock;
        this.grace = grace;
        this.perTenant = perTenant;
    }

    @Override
    public void followed(Map<Long, Set<String>> symbolsByTenant) {
        long now = clock.millis();
        double until = now + grace.toMillis();
        List<ScoredValue<String>> entries = new ArrayList<>();
        DemandBook.entries(symbolsByTenant, perTenant, (entry, symbol) -> entries.add(ScoredValue.just(until, entry)));
        run(commands -> {
            if (!entries.isEmpty()) {
                commands.zadd(key, entries.toArray(ScoredValue[]::new));
            }
            commands.zremrangebyscore(key, Range.from(Range.Boundary.unbounded(), Range.Boundary.excluding(now)));
            return null;
        });
    }

    @Override
    public Set<String> symbols() {
        long now = clock.millis();
        List<String> live = run(commands ->
                commands.zrangebyscore(key, Range.from(Range.Boundary.excluding(now), Range.Boundary.unbounded())));
        if (live != null) {
            lastRead = DemandBook.symbols(live, perTenant);
        }
        return lastRead;
    }

    private <T> T run(Function<RedisCommands<String, String>, T> command) {
        try {
            T result = command.apply(redis.connection().sync());
            reachability.reached();
            return result;
        } catch (RuntimeException failure) {
            reachability.failed(failure);
            return null;
        }
    }

    @Override
    public void close() {
        redis.close();
    }
}
