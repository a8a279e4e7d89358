package dev.robson.server.push;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.ZAddArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections-per-user limit across every replica: per user a Redis sorted set of its
 * connections, each scored with the time it lapses unless renewed (every heartbeat while open),
 * so a replica that dies without closing its connections frees their places within
 * {@code lapse}. Taking a place is one script (prune, count, add), so two replicas cannot both
 * take the last one. While Redis is away, each replica counts its own, as without Redis.
 */
final class RedisUserConnections extends UserConnections implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisUserConnections.class);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(250);
    private static final String TAKE = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            if not redis.call('ZSCORE', KEYS[1], ARGV[3]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then
              return 0
            end
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            return 1""";

    private final RedisClient client;
    private final String prefix;
    private final Clock clock;
    private final Duration lapse;
    /** The users whose connections were counted here while Redis was away (released here too). */
    private final Set<String> countedHere = ConcurrentHashMap.newKeySet();

    private volatile StatefulRedisConnection<String, String> connection;
    private volatile boolean failing;

    RedisUserConnections(String redisUrl, int limit, Clock clock, Duration lapse) {
        super(limit);
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(COMMAND_TIMEOUT);
        this.prefix = "robson:push:" + uri.getDatabase() + ":connections:";
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .build());
        this.clock = clock;
        this.lapse = lapse;
    }

    @Override
    boolean take(String user, String connection) {
        long now = clock.millis();
        try {
            Long taken = connect()
                    .sync()
                    .eval(
                            TAKE,
                            ScriptOutputType.INTEGER,
                            new String[] {prefix + user},
                            Long.toString(now),
                            Long.toString(now + lapse.toMillis()),
                            connection,
                            Integer.toString(limit()),
                            Long.toString(lapse.toMillis()));
            reachable();
            return taken != null && taken == 1;
        } catch (RuntimeException failure) {
            unreachable(failure);
            countedHere.add(user + "\n" + connection);
            return super.take(user, connection);
        }
    }

    @Override
    void release(String user, String connection) {
        if (countedHere.remove(user + "\n" + connection)) {
            super.release(user, connection);
            return;
        }
        try {
            connect().async().zrem(prefix + user, connection);
        } catch (RuntimeException failure) {
            unreachable(failure); // the entry lapses unrenewed
        }
    }

    @Override
    void renew(Map<String, String> userByConnection) {
        double until = clock.millis() + lapse.toMillis();
        try {
            var redis = connect().async();
            userByConnection.forEach((connection, user) -> {
                if (!countedHere.contains(user + "\n" + connection)) {
                    redis.zadd(prefix + user, ZAddArgs.Builder.xx(), until, connection);
                    redis.pexpire(prefix + user, lapse.toMillis());
                }
            });
        } catch (RuntimeException failure) {
            unreachable(failure);
        }
    }

    private void reachable() {
        if (failing) {
            failing = false;
            log.info("Push connection counts on Redis reachable again");
        }
    }

    private void unreachable(RuntimeException failure) {
        if (!failing) {
            failing = true;
            log.warn(
                    "Push connection counts on Redis unavailable ({}); each replica counts its own",
                    failure.getClass().getSimpleName());
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
