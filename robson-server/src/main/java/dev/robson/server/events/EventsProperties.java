package dev.robson.server.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The event flow ({@code robson.events.*}); every field has a default.
 *
 * @param relayEvery  how often the relay looks for unpublished events (a commit wakes it at once)
 * @param batch       the most events one relay round claims
 * @param claimLease  how long a claimed batch is this replica's before another may take it
 * @param retention   how long published events stay for clients that reconnect and for the event list
 * @param pricePace   each symbol's live price goes on the bus at most once per pace
 * @param demandGrace a symbol followed only by push clients stays on the exchange stream this long
 *                    after its last follower left
 * @param demandPerTenant the most symbols one tenant's push clients add to the exchange stream
 */
@ConfigurationProperties("robson.events")
public record EventsProperties(
        @DefaultValue("250ms") Duration relayEvery,
        @DefaultValue("100") int batch,
        @DefaultValue("30s") Duration claimLease,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("100ms") Duration pricePace,
        @DefaultValue("30s") Duration demandGrace,
        @DefaultValue("20") int demandPerTenant) {}
