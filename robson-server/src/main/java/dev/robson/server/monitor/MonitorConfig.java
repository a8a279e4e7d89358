package dev.robson.server.monitor;

import dev.robson.server.closing.OperationCloser;
import dev.robson.server.market.PriceDemand;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.symbols.SymbolCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
class MonitorConfig {

    @Bean(destroyMethod = "stop")
    StopMonitor stopMonitor(
            OperationRepository operations,
            OperationCloser closer,
            QuoteSource quotes,
            SymbolCatalog symbols,
            GuardedOperationRepository guarded,
            PartitionLeaseRepository leases,
            MonitorProperties properties,
            Clock clock,
            MeterRegistry meters,
            ObjectProvider<PriceDemand> pushDemand) {
        StopMonitor monitor =
                new StopMonitor(operations, closer, quotes, symbols, guarded, leases, properties, clock, meters);
        pushDemand.ifAvailable(monitor::followAlso);
        return monitor;
    }

    /** Ticks and sweeps run only where the monitor is enabled (tests drive it by hand). */
    @Bean
    @ConditionalOnProperty(name = "robson.monitor.enabled", havingValue = "true", matchIfMissing = true)
    SchedulingConfigurer monitorSchedule(StopMonitor monitor, MonitorProperties properties) {
        return (ScheduledTaskRegistrar registrar) -> {
            registrar.addFixedDelayTask(monitor::tick, properties.tick());
            registrar.addFixedDelayTask(monitor::sweep, properties.sweep());
        };
    }
}
