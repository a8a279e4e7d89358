package dev.robson.server.push;

import dev.robson.server.market.RedisLink;
import dev.robson.server.market.RedisReachability;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.ZAddArgs;
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
    private static final String TAKE = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            if not redis.call('ZSCORE', KEYS[1], ARGV[3]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then
              return 0
            end
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            return 1""";

    private final RedisLink redis;
    private final String prefix;
    private final Clock clock;
    private final Duration lapse;
    /** The users whose connections were counted here while Redis was away (released here too). */
    private final Set<String> countedHere = ConcurrentHashMap.newKeySet();

    private final RedisReachability reachability =
            new RedisReachability(log, "Push connection counts on Redis", "each replica counts its own");

    RedisUserConnections(String redisUrl, int limit, Clock clock, Duration lapse) {
        super(limit);
        this.redis = new RedisLink(redisUrl);
        this.prefix = "robson:push:" + redis.database() + ":connections:";
        this.clock = clock;
        this.lapse = lapse;
    }

    @Override
    boolean take(String user, String connection) {
        long now = clock.millis();
        try {
            Long taken = redis.connection()
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
            reachability.reached();
            return taken != null && taken == 1;
        } catch (RuntimeException failure) {
            reachability.failed(failure);
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
            redis.connection().async().zrem(prefix + user, connection);
        } catch (RuntimeException failure) {
            reachability.failed(failure); // the entry lapses unrenewed
        }
    }

    @Override
    void renew(Map<String, String> userByConnection) {
        double until = clock.millis() + lapse.toMillis();
        try {
            var commands = redis.connection().async();
            userByConnection.forEach((connection, user) -> {
                if (!countedHere.contains(user + "\n" + connection)) {
                    commands.zadd(prefix + user, ZAddArgs.Builder.xx(), until, connection);
                    commands.pexpire(prefix + user, lapse.toMillis());
                }
            });
        } catch (RuntimeException failure) {
            reachability.failed(failure);
        }
    }

    @Override
    public void close() {
        redis.close();
    }
}
