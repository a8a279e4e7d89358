package dev.robson.server.push;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The push stream at {@code /api/stream} ({@code robson.push.*}); every field has a default.
 *
 * @param authTimeout          a connection that has not sent a valid auth message by then is closed
 * @param expiryGrace          a connection is closed this long after its token's {@code exp}: the
 *                             same clock-skew tolerance every request gets
 * @param heartbeat            how often the server pings each connection
 * @param silentFor            a connection that answered nothing (no pong, no message) for this long is dead
 * @param maxSubscriptions     channels one connection may follow at once
 * @param maxMessageBytes      the largest message a client may send
 * @param messagesPerSecond    messages a client may send per second, sustained (twice that in a burst)
 * @param connectionsPerUser   connections one user may hold on one replica
 * @param sendQueue            frames waiting for a slow client past which it is cut off
 * @param positionsEvery       a tenant's positions are revalued and pushed at most once per this
 * @param positionsRefresh     and at least once per this while anybody follows them
 * @param cachedPriceEvery     a followed symbol nobody streams is read from the quote cache this often
 */
@ConfigurationProperties("robson.push")
public record PushProperties(
        @DefaultValue("5s") Duration authTimeout,
        @DefaultValue("30s") Duration expiryGrace,
        @DefaultValue("20s") Duration heartbeat,
        @DefaultValue("50s") Duration silentFor,
        @DefaultValue("20") int maxSubscriptions,
        @DefaultValue("4096") int maxMessageBytes,
        @DefaultValue("10") int messagesPerSecond,
        @DefaultValue("10") int connectionsPerUser,
        @DefaultValue("1000") int sendQueue,
        @DefaultValue("1s") Duration positionsEvery,
        @DefaultValue("5s") Duration positionsRefresh,
        @DefaultValue("1s") Duration cachedPriceEvery) {}
