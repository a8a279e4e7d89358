package dev.robson.server.market;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;

/**
 * One Redis connection as every shared piece uses it (quote tier, price demand, connection
 * counts): each command bounded by {@link #COMMAND_TIMEOUT}, commands refused at once while
 * disconnected rather than queued, reconnecting by itself, connected on first use so the server
 * starts while Redis is away.
 */
public final class RedisLink implements AutoCloseable {

    public static final Duration COMMAND_TIMEOUT = Duration.ofMillis(250);

    private final RedisClient client;
    private final int database;
    private volatile StatefulRedisConnection<String, String> connection;

    public RedisLink(String redisUrl) {
        RedisURI uri = uri(redisUrl);
        this.database = uri.getDatabase();
        this.client = client(uri);
    }

    /** The address with every command bounded by {@link #COMMAND_TIMEOUT}. */
    public static RedisURI uri(String redisUrl) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(COMMAND_TIMEOUT);
        return uri;
    }

    /**
     * A client that reconnects by itself and refuses commands at once while disconnected, for a
     * link or for the push bus's publish and subscribe connections.
     */
    public static RedisClient client(RedisURI uri) {
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // Commands issued while disconnected fail at once instead of queueing up.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .build());
        return client;
    }

    /** The database number, for key names: deployments sharing a Redis server on other databases stay apart. */
    public int database() {
        return database;
    }

    /** The connection, opened on first use; throws while Redis cannot be reached. */
    public StatefulRedisConnection<String, String> connection() {
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
