package dev.robson.server.events;

import dev.robson.server.market.PriceDemand;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final RedisClient client;
    private final String key;
    private final Clock clock;
    private final Duration grace;
    private final int perTenant;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile Set<String> lastRead = Set.of();
    private volatile boolean failing;

    RedisPriceDemand(String redisUrl, Clock clock, Duration grace, int perTenant) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(RedisBus.COMMAND_TIMEOUT);
        this.key = "robson:push:" + uri.getDatabase() + ":demand";
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(RedisBus.COMMAND_TIMEOUT))
                .build());
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
        run(redis -> {
            if (!entries.isEmpty()) {
                redis.zadd(key, entries.toArray(ScoredValue[]::new));
            }
            redis.zremrangebyscore(key, Range.from(Range.Boundary.unbounded(), Range.Boundary.excluding(now)));
            return null;
        });
    }

    @Override
    public Set<String> symbols() {
        long now = clock.millis();
        List<String> live = run(redis ->
                redis.zrangebyscore(key, Range.from(Range.Boundary.excluding(now), Range.Boundary.unbounded())));
        if (live != null) {
            lastRead = DemandBook.symbols(live, perTenant);
        }
        return lastRead;
    }

    private <T> T run(java.util.function.Function<RedisCommands<String, String>, T> command) {
        try {
            T result = command.apply(connect().sync());
            if (failing) {
                failing = false;
                log.info("Push price demand on Redis reachable again");
            }
            return result;
        } catch (RuntimeException failure) {
            if (!failing) {
                failing = true;
                log.warn(
                        "Push price demand on Redis unavailable ({}); the stream keeps what it follows",
                        failure.getClass().getSimpleName());
            }
            return null;
        }
    }

    private StatefulRedisConnection<String, String> connect() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            synchronized (this) {
                current = connection;
                if (current == null) {
                    current = client.connect();
                    connection = current;
                }
            }
        }
        return current;
    }

    @Override
    public void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
