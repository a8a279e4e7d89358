package dev.robson.server.events;

import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.RedisLink;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bus across replicas on Redis pub/sub. Like the shared quote tier, every command has a
 * short timeout and nothing queues while Redis is away: an event that cannot be published is
 * reported so, and stays in the outbox until Redis is back. Down means the subscription is lost
 * or a publish failed; the listeners hear of each change (push clients then poll instead), and a
 * probe every {@link #PROBE_EVERY} brings the bus back once Redis answers and the subscription
 * is live again (Lettuce resubscribes by itself on reconnect).
 *
 * <p>Channels carry the Redis database number, so deployments sharing one Redis server on
 * different databases do not hear each other (pub/sub ignores databases).
 */
final class RedisBus implements EventBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisBus.class);
    static final Duration PROBE_EVERY = Duration.ofSeconds(1);

    private final RedisClient client;
    private final String priceChannel;
    private final String eventChannel;
    private final String origin = UUID.randomUUID().toString();
    private final BusListeners listeners = new BusListeners();
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("push-bus-probe").daemon().factory());
    private volatile StatefulRedisConnection<String, String> publisher;
    private volatile StatefulRedisPubSubConnection<String, String> subscriber;
    private volatile boolean subscribed;
    private volatile boolean up;

    RedisBus(String redisUrl) {
        RedisURI uri = RedisLink.uri(redisUrl);
        String prefix = "robson:push:" + uri.getDatabase() + ":";
        this.priceChannel = prefix + "prices";
        this.eventChannel = prefix + "events";
        this.client = RedisLink.client(uri);
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                if (connection == subscriber) {
                    subscribed = false;
                    wentDown("subscription lost");
                }
            }

            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
                // Lettuce resubscribes before it hands the connection back; the probe confirms.
            }
        });
        probe.scheduleWithFixedDelay(this::check, 0, PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean available() {
        return up;
    }

    @Override
    public boolean publish(OperationEvent event) {
        return send(eventChannel, BusMessages.event(event));
    }

    @Override
    public void publish(MarketQuote price) {
        send(priceChannel, BusMessages.price(price, origin));
    }

    @Override
    public void listen(BusListener listener) {
        listeners.add(listener);
    }

    private boolean send(String channel, String message) {
        StatefulRedisConnection<String, String> connection = publisher;
        if (!up || connection == null) {
            return false;
        }
        try {
            connection.sync().publish(channel, message);
            return true;
        } catch (RuntimeException failure) {
            wentDown(failure.getClass().getSimpleName());
            return false;
        }
    }

    /** On the probe thread: connects what is missing and declares the bus up once both ends work. */
    private void check() {
        try {
            if (publisher == null) {
                publisher = client.connect();
            }
            if (subscriber == null) {
                StatefulRedisPubSubConnection<String, String> connection = client.connectPubSub();
                connection.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String channel, String message) {
                        receive(channel, message);
                    }

                    @Override
                    public void subscribed(String channel, long count) {
                        if (count >= 2) {
                            subscribed = true;
                        }
                    }
                });
                subscriber = connection;
            }
            if (!subscribed) {
                subscriber.sync().subscribe(priceChannel, eventChannel);
                subscribed = subscriber.isOpen();
            }
            publisher.sync().ping();
            if (subscriber.isOpen() && subscribed && !up) {
                up = true;
                log.info("Push bus on Redis reachable");
                tell(true);
            }
        } catch (RuntimeException failure) {
            wentDown(failure.getClass().getSimpleName());
        }
    }

    private void wentDown(String why) {
        if (up) {
            up = false;
            log.warn("Push bus on Redis unavailable ({}); push clients poll until it is back", why);
            tell(false);
        }
    }

    private void tell(boolean available) {
        listeners.availability(available);
    }

    private void receive(String channel, String message) {
        if (priceChannel.equals(channel)) {
            BusMessages.price(message)
                    .ifPresent(priced -> listeners.price(priced.price(), origin.equals(priced.origin())));
        } else if (eventChannel.equals(channel)) {
            BusMessages.event(message).ifPresent(listeners::event);
        }
    }

    @Override
    public void close() {
        probe.shutdownNow();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
