package dev.robson.server.monitor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor's failure boundaries report here: one line naming what failed (the operation or
 * symbol, never the statement's full text) and {@code robson_monitor_failures_total{stage=…}}.
 * The work that failed is retried on the next tick or sweep; nothing else waits for it.
 */
final class MonitorFailures {

    private static final Logger log = LoggerFactory.getLogger(StopMonitor.class);

    /** What failed: reading the lease, the index, a symbol's price, or one operation's close or reconcile. */
    enum Stage {
        LEASE,
        INDEX,
        QUOTE,
        CLOSE,
        RECONCILE
    }

    private final MeterRegistry meters;
    private final Map<Stage, Counter> counters = new ConcurrentHashMap<>();

    MonitorFailures(MeterRegistry meters) {
        this.meters = meters;
    }

    void operation(Stage stage, long operationId, RuntimeException failure) {
        count(stage);
        log.warn(
                "Stop monitor: {} of operation {} failed ({}); retried next pass",
                stage.name().toLowerCase(),
                operationId,
                StatementShape.of(failure));
    }

    void symbol(Stage stage, String symbol, RuntimeException failure) {
        count(stage);
        log.warn(
                "Stop monitor: {} for {} failed ({}); retried next tick",
                stage.name().toLowerCase(),
                symbol,
                StatementShape.of(failure));
    }

    void pass(Stage stage, RuntimeException failure) {
        count(stage);
        log.warn(
                "Stop monitor: {} failed ({}); retried next tick",
                stage.name().toLowerCase(),
                StatementShape.of(failure));
    }

    private void count(Stage stage) {
        counters.computeIfAbsent(
                        stage,
                        s -> Counter.builder("robson.monitor.failures")
                                .description("Monitor work that failed and will be retried, by stage")
                                .tag("stage", s.name().toLowerCase())
                                .register(meters))
                .increment();
    }
}
