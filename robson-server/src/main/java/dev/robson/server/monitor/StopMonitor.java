package dev.robson.server.monitor;

import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.server.closing.OperationCloser;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes each ACTIVE operation when the exit-side price reaches its stop or its target
 * (LONG: bid ≤ stop or bid ≥ target; SHORT: ask ≥ stop or ask ≤ target). Only the replica
 * holding the lease acts; it checks every operation on every tick and reconciles CLOSING
 * ones on every sweep and first thing after it takes the lease (a crash may have left some).
 */
public class StopMonitor {

    private static final Logger log = LoggerFactory.getLogger(StopMonitor.class);

    private final OperationRepository operations;
    private final OperationCloser closer;
    private final QuoteSource quotes;
    private final MonitorLease lease;
    private final MonitorProperties properties;
    private final String replica = "replica-" + UUID.randomUUID();
    private final Counter triggers;
    private final Counter failures;
    private volatile boolean leading;

    StopMonitor(OperationRepository operations, OperationCloser closer, QuoteSource quotes, MonitorLease lease,
            MonitorProperties properties, MeterRegistry meters) {
        this.operations = operations;
        this.closer = closer;
        this.quotes = quotes;
        this.lease = lease;
        this.properties = properties;
        this.triggers = Counter.builder("robson.monitor.triggers")
                .description("Stops and targets the monitor acted on").register(meters);
        this.failures = Counter.builder("robson.monitor.failures")
                .description("Monitor passes that failed and will be retried").register(meters);
    }

    /** One pass: renew the lease, then check every active operation against its market. */
    public void tick() {
        if (!holdLease()) {
            return;
        }
        Map<Symbol, List<Operation>> bySymbol = new LinkedHashMap<>();
        for (Operation operation : operations.findAllByStatus(OperationStatus.ACTIVE)) {
            bySymbol.computeIfAbsent(operation.symbol(), s -> new java.util.ArrayList<>()).add(operation);
        }
        bySymbol.forEach((symbol, active) -> {
            MarketQuote quote;
            try {
                quote = quotes.quote(symbol);
            } catch (RuntimeException noPrice) {
                failures.increment();
                log.warn("No price for {}; its operations are checked again next tick", symbol.name());
                return;
            }
            // A stale quote is an old price: acting on it could sell at a level long gone.
            if (quote.stale()) {
                return;
            }
            for (Operation operation : active) {
                Optional<CloseReason> trigger = operation.triggeredBy(quote.quote());
                trigger.ifPresent(reason -> act(operation, reason, quote));
            }
        });
    }

    /**
     * Reacts to one new price of a symbol (from a live stream) at once, without waiting for
     * the next tick. Only the lease holder acts; the tick keeps renewing the lease.
     */
    public void react(Quote quote) {
        if (!leading) {
            return;
        }
        for (Operation operation : operations.findAllActiveOn(quote.symbol())) {
            operation.triggeredBy(quote).ifPresent(reason ->
                    act(operation, reason, new MarketQuote(quote, dev.robson.server.market.PriceSource.BINANCE, false)));
        }
    }

    /** The symbols with ACTIVE operations: what a live price stream must follow. */
    public java.util.Set<String> watchedSymbols() {
        return operations.activeSymbols();
    }

    /** Reconciles every CLOSING operation with the exchange. */
    public void sweep() {
        if (holdLease()) {
            reconcileClosing();
        }
    }

    public boolean leading() {
        return leading;
    }

    public void stop() {
        if (leading) {
            lease.release(replica);
            leading = false;
        }
    }

    private void act(Operation operation, CloseReason reason, MarketQuote quote) {
        triggers.increment();
        log.info("Operation {} {} {}: {} at bid {} / ask {}", operation.id(), operation.side().positionLabel(),
                operation.symbol().name(), reason, quote.quote().bid(), quote.quote().ask());
        try {
            closer.close(operation.clientId(), operation.id(), reason);
        } catch (RuntimeException failure) {
            failures.increment();
            log.warn("Closing operation {} failed ({}); the sweep retries", operation.id(),
                    failure.getClass().getSimpleName());
        }
    }

    private boolean holdLease() {
        boolean held = lease.acquire(replica, properties.leaseTtl());
        if (held && !leading) {
            leading = true;
            log.info("This replica now runs the stop monitor ({})", replica);
            // A crash of the previous leader may have left operations half closed.
            reconcileClosing();
        } else if (!held && leading) {
            leading = false;
            log.info("Another replica runs the stop monitor now");
        }
        return held;
    }

    private void reconcileClosing() {
        for (Operation closing : operations.findAllByStatus(OperationStatus.CLOSING)) {
            try {
                closer.reconcile(closing);
            } catch (RuntimeException failure) {
                failures.increment();
                log.warn("Reconciling operation {} failed ({}); retried next sweep", closing.id(),
                        failure.getClass().getSimpleName());
            }
        }
    }
}
