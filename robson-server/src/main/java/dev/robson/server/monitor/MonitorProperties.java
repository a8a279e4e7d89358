package dev.robson.server.monitor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  whether this replica takes part in the election at all
 * @param tick     how often prices are checked against stops and targets
 * @param sweep    how often CLOSING operations are reconciled with the exchange
 * @param leaseTtl how long a silent leader keeps the lease before another replica takes over
 */
@ConfigurationProperties("robson.monitor")
record MonitorProperties(boolean enabled, Duration tick, Duration sweep, Duration leaseTtl) {
}
