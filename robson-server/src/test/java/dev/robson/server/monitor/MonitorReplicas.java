package dev.robson.server.monitor;

import dev.robson.server.closing.OperationCloser;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.symbols.SymbolCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationContext;

/** Stop monitors as separate replicas would run them: each its own index, leases and metrics, one database. */
final class MonitorReplicas {

    /** robson.monitor's defaults, as production runs: 16 partitions, leases of 10 seconds. */
    static final MonitorProperties SETTINGS = new MonitorProperties(
            true,
            Duration.ofSeconds(1),
            Duration.ofSeconds(60),
            Duration.ofSeconds(10),
            16,
            Duration.ofMinutes(5),
            Duration.ofSeconds(10),
            5000);

    /** A replica on the system clock, with metrics of its own nobody reads. */
    static StopMonitor replica(ApplicationContext context, OperationCloser closer) {
        return replica(context, closer, Clock.systemUTC(), new SimpleMeterRegistry());
    }

    static StopMonitor replica(ApplicationContext context, OperationCloser closer, Clock clock, MeterRegistry meters) {
        return new StopMonitor(
                context.getBean(OperationRepository.class),
                closer,
                context.getBean("quotes", QuoteSource.class),
                context.getBean(SymbolCatalog.class),
                context.getBean(GuardedOperationRepository.class),
                context.getBean(PartitionLeaseRepository.class),
                SETTINGS,
                clock,
                meters);
    }

    private MonitorReplicas() {}
}
