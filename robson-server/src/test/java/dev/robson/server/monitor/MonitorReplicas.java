package dev.robson.server.monitor;

import dev.robson.server.closing.OperationCloser;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.symbols.SymbolCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationContext;

/** Stop monitors as separate replicas would run them: each its own index, leases and metrics, one database. */
final class MonitorReplicas {

    /** Production settings but for the partition count. */
    static MonitorProperties settings(int partitions) {
        return new MonitorProperties(
                true,
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                Duration.ofSeconds(10),
                partitions,
                Duration.ofMinutes(5),
                Duration.ofSeconds(10),
                5000);
    }

    static StopMonitor replica(
            ApplicationContext context,
            OperationCloser closer,
            MonitorProperties settings,
            Clock clock,
            MeterRegistry meters) {
        return new StopMonitor(
                context.getBean(OperationRepository.class),
                closer,
                context.getBean("quotes", QuoteSource.class),
                context.getBean(SymbolCatalog.class),
                context.getBean(GuardedOperationRepository.class),
                context.getBean(PartitionLeaseRepository.class),
                settings,
                clock,
                meters);
    }

    private MonitorReplicas() {}
}
