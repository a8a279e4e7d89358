package dev.robson.server.monitor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled      whether this replica takes part in the monitor at all
 * @param tick         how often every guarded operation is checked against its symbol's price,
 *                     the index caught up with the database and the leases renewed
 * @param sweep        how often CLOSING operations are reconciled with the exchange
 * @param leaseTtl     how long a silent replica keeps its partitions before others take them
 * @param partitions   how many partitions the symbols are split into (the same on every replica);
 *                     more than replicas, so the work spreads evenly
 * @param indexReload  how often the in-memory index is read again in full, behind the change marker
 * @param changeMargin how far each catch-up looks back before the previous one (slow commits)
 * @param pageSize     rows per statement when the monitor reads across tenants
 */
@ConfigurationProperties("robson.monitor")
record MonitorProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration tick,
        @DefaultValue("60s") Duration sweep,
        @DefaultValue("10s") Duration leaseTtl,
        @DefaultValue("16") int partitions,
        @DefaultValue("5m") Duration indexReload,
        @DefaultValue("10s") Duration changeMargin,
        @DefaultValue("5000") int pageSize) {}
