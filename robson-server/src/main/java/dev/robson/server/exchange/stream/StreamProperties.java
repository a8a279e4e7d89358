package dev.robson.server.exchange.stream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of Binance's book-ticker stream ({@code robson.binance.stream.*}). Whether it runs at
 * all is {@code robson.binance.stream-enabled}. Every field has a default, so none needs setting.
 *
 * @param resync         how often the followed symbols are compared with the stop monitor's
 * @param liveWithin     the stream counts as live while its latest price is at most this old
 * @param silentFor      nothing at all (no price, no ping) for this long means a dead connection;
 *                       Binance pings every 20 s, so a healthy one is never this quiet
 * @param renewAfter     connections are replaced at this age, before Binance cuts them at 24 h
 * @param backoffMin     the first reconnect delay; it doubles on each failure ...
 * @param backoffMax     ... up to this, each drawn between half and all of it (jitter)
 * @param pace           each symbol reaches the monitor at most once per pace, so a busy book
 *                       costs the database at most 1/pace lookups per second per symbol
 * @param connectTimeout the longest a connection or a subscription request may take
 */
@ConfigurationProperties("robson.binance.stream")
public record StreamProperties(
        @DefaultValue("2s") Duration resync,
        @DefaultValue("10s") Duration liveWithin,
        @DefaultValue("60s") Duration silentFor,
        @DefaultValue("23h") Duration renewAfter,
        @DefaultValue("500ms") Duration backoffMin,
        @DefaultValue("30s") Duration backoffMax,
        @DefaultValue("100ms") Duration pace,
        @DefaultValue("10s") Duration connectTimeout) {}
