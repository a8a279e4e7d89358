package dev.robson.server.monitor;

import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.server.closing.OperationCloser;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.PriceDemand;
import dev.robson.server.market.PriceSource;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.monitor.MonitorFailures.Stage;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.symbols.SymbolCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Closes each ACTIVE operation when the exit-side price reaches its stop or its target
 * (LONG: bid ≤ stop or bid ≥ target; SHORT: ask ≥ stop or ask ≤ target).
 *
 * <p>ACTIVE operations live in an {@link ActiveOperationIndex} kept in step with the database,
 * so a price evaluates its own symbol's operations only and a full pass reads no rows. The
 * symbols are split into partitions; this replica acts on the ones it holds a lease for and
 * leaves the rest to the others. Before acting, the operation is read again in full and the
 * price checked against what is stored now (a stop moved a moment ago on another replica
 * wins); the close itself goes through {@link OperationCloser}, whose ACTIVE → CLOSING step is
 * a versioned update: should two replicas ever act on one operation at once (a hand-over in
 * flight), only one writes its order and only that one is sent.
 *
 * <p>It is the price stream's {@link PriceWatcher}: live prices of its symbols reach
 * {@link #react} between ticks, and the tick stays on underneath.
 *
 * <p>Every piece of work has its own failure boundary: a symbol without a price, an operation
 * whose close throws, a tenant without keys. Each is logged and counted, retried on the next
 * pass, and never stops the others.
 */
@Component
public class StopMonitor implements PriceWatcher {

    private static final PriceDemand NO_DEMAND = new PriceDemand() {
        @Override
        public void followed(Map<Long, Set<String>> symbolsByTenant) {}

        @Override
        public Set<String> symbols() {
            return Set.of();
        }
    };

    private static final Logger log = LoggerFactory.getLogger(StopMonitor.class);

    private final OperationRepository operations;
    private final OperationCloser closer;
    private final QuoteSource quotes;
    private final SymbolCatalog symbols;
    private final GuardedOperationRepository guarded;
    private final ActiveOperationIndex index = new ActiveOperationIndex();
    private final IndexSync sync;
    private final PartitionOwnership ownership;
    private volatile PriceDemand pushDemand = NO_DEMAND;
    private final MonitorProperties properties;
    private final String replica = "replica-" + UUID.randomUUID();
    private final Counter triggers;
    private final MonitorFailures failures;
    /** Operations this replica is closing now: the tick and a stream reaction never both act on one. */
    private final Set<Long> acting = ConcurrentHashMap.newKeySet();

    private volatile long lastPassNanos;
    /** A third of the lease time: renewed that often even inside one long pass. */
    private final long renewWithin;

    StopMonitor(
            OperationRepository operations,
            OperationCloser closer,
            QuoteSource quotes,
            SymbolCatalog symbols,
            GuardedOperationRepository guarded,
            PartitionLeaseRepository leases,
            MonitorProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.operations = operations;
        this.closer = closer;
        this.quotes = quotes;
        this.symbols = symbols;
        this.guarded = guarded;
        this.properties = properties;
        this.sync = new IndexSync(guarded, index, properties, clock);
        this.ownership = new PartitionOwnership(leases, replica, properties.partitions(), properties.leaseTtl(), clock);
        this.triggers = Counter.builder("robson.monitor.triggers")
                .description("Stops and targets the monitor acted on")
                .register(meters);
        this.failures = new MonitorFailures(meters);
        this.renewWithin = properties.leaseTtl().toNanos() / 3;
        meters.gauge("robson.monitor.guarded", index, ActiveOperationIndex::size);
        meters.gauge(
                "robson.monitor.partitions.held",
                this,
                monitor -> monitor.ownership.owned().size());
    }

    /**
     * One pass: take part in the partition leases, catch the index up with the database, then
     * check every operation of the held partitions against its symbol's price.
     */
    public void tick() {
        long renewed = System.nanoTime();
        if (!takePart()) {
            return;
        }
        try {
            sync.sync();
        } catch (RuntimeException failure) {
            failures.pass(Stage.INDEX, failure);
        }
        long started = System.nanoTime();
        for (String symbol : List.copyOf(index.symbols())) {
            if (System.nanoTime() - renewed > renewWithin) {
                // A pass with many closes can outlast the lease: renew on the way, never lose it mid-pass.
                renewed = System.nanoTime();
                if (!takePart()) {
                    return;
                }
            }
            if (ownership.owns(symbol)) {
                check(symbol);
            }
        }
        lastPassNanos = System.nanoTime() - started;
    }

    /** Renews, hands over and takes partitions; reconciles the ones just taken. False: act on nothing. */
    private boolean takePart() {
        Set<Integer> gained;
        try {
            gained = ownership.balance();
        } catch (RuntimeException failure) {
            // Our leases may be expiring unrenewed: stop acting rather than act on a partition another holds.
            ownership.forget();
            failures.pass(Stage.LEASE, failure);
            return false;
        }
        if (!gained.isEmpty()) {
            // The previous holder may have crashed with some of these half closed.
            reconcileClosing(gained::contains);
        }
        return true;
    }

    /**
     * Reacts to one new price of a symbol (from a live stream) at once, without waiting for the
     * next tick: that symbol's operations only, if its partition is this replica's.
     */
    @Override
    public void react(Quote quote) {
        if (ownership.owns(quote.symbol())) {
            evaluate(quote.symbol(), new MarketQuote(quote, PriceSource.BINANCE, false));
        }
    }

    /**
     * The symbols with ACTIVE operations in this replica's partitions: what its price stream
     * follows. Each replica follows the symbols of the partitions it holds, and none without a
     * partition (it would ignore every price: {@link #react} acts only on its own partitions,
     * and each stream is a connection Binance counts). A replica that takes a partition starts
     * following its symbols within one resync of the stream; until then, and always, the tick
     * covers every operation.
     */
    @Override
    public Set<String> watchedSymbols() {
        if (!leading()) {
            return Set.of();
        }
        Set<String> watched =
                index.symbols().stream().filter(ownership::owns).collect(Collectors.toCollection(TreeSet::new));
        // Symbols only push clients follow ride along, on the replica holding their partition,
        // so every replica's clients get them streamed and the exchange sees each once.
        for (String followed : pushDemand.symbols()) {
            if (ownership.owns(followed) && symbols.find(followed).isPresent()) {
                watched.add(followed);
            }
        }
        return watched;
    }

    /** Where the symbols followed by push clients come from (none until the event flow says). */
    @Autowired(required = false)
    public void followAlso(PriceDemand demand) {
        this.pushDemand = demand;
    }

    /** Reconciles the CLOSING operations of the held partitions with the exchange. */
    public void sweep() {
        Set<Integer> held = ownership.owned();
        if (!held.isEmpty()) {
            reconcileClosing(held::contains);
        }
    }

    /** Holds at least one partition. */
    public boolean leading() {
        return !ownership.owned().isEmpty();
    }

    /** The partitions this replica holds now. */
    public Set<Integer> partitions() {
        return ownership.owned();
    }

    /** How many ACTIVE operations the index holds, across all partitions. */
    public int guarded() {
        return index.size();
    }

    /** The time the last tick took to check every held operation against its price, in nanoseconds. */
    public long lastPassNanos() {
        return lastPassNanos;
    }

    /** Clean shutdown: every partition handed over at once, instead of making the others wait for expiry. */
    @PreDestroy
    public void stop() {
        try {
            ownership.releaseAll();
        } catch (RuntimeException failure) {
            failures.pass(Stage.LEASE, failure);
        }
    }

    private void check(String symbol) {
        MarketQuote quote;
        try {
            quote = quotes.quote(symbol(symbol));
        } catch (RuntimeException noPrice) {
            failures.symbol(Stage.QUOTE, symbol, noPrice);
            return;
        }
        // A stale quote is an old price: acting on it could sell at a level long gone.
        if (!quote.stale()) {
            evaluate(symbol, quote);
        }
    }

    private void evaluate(String symbol, MarketQuote quote) {
        for (GuardedOperation operation : index.on(symbol)) {
            try {
                Optional<CloseReason> reached = operation.exits().reachedBy(quote.quote());
                if (reached.isPresent()) {
                    act(operation, quote);
                }
            } catch (RuntimeException failure) {
                failures.operation(Stage.CLOSE, operation.id(), failure);
            }
        }
    }

    private void act(GuardedOperation indexed, MarketQuote quote) {
        if (!acting.add(indexed.id())) {
            return;
        }
        try {
            Optional<Operation> stored = operations.find(indexed.tenantId(), indexed.id());
            if (stored.isEmpty() || stored.get().status() != OperationStatus.ACTIVE) {
                stored.ifPresentOrElse(
                        now -> index.remove(now.id(), now.version()), () -> index.remove(indexed.id(), Long.MAX_VALUE));
                return;
            }
            Operation operation = stored.get();
            Optional<CloseReason> reason = operation.triggeredBy(quote.quote());
            if (reason.isEmpty()) {
                // Moved since the index read it: remember the levels that stand now.
                index.put(new GuardedOperation(
                        operation.id(),
                        operation.tenantId(),
                        operation.symbol().name(),
                        operation.exitLevels(),
                        operation.version()));
                return;
            }
            triggers.increment();
            log.info(
                    "Operation {} {} {}: {} at bid {} / ask {}",
                    operation.id(),
                    operation.side().positionLabel(),
                    operation.symbol().name(),
                    reason.get(),
                    quote.quote().bid(),
                    quote.quote().ask());
            // The quote that crossed the stop goes with the close: no fresh read inside it.
            Operation after = closer.close(operation.tenantId(), operation.id(), reason.get(), quote.quote());
            index.remove(after.id(), after.version());
        } finally {
            acting.remove(indexed.id());
        }
    }

    private void reconcileClosing(IntPredicate partitions) {
        long after = 0;
        List<GuardedOperationRepository.Row> page;
        do {
            try {
                page = guarded.closingPage(after, properties.pageSize());
            } catch (RuntimeException failure) {
                failures.pass(Stage.RECONCILE, failure);
                return;
            }
            for (GuardedOperationRepository.Row row : page) {
                GuardedOperation closing = row.operation();
                if (partitions.test(PartitionOwnership.partitionOf(closing.symbol(), properties.partitions()))) {
                    reconcile(closing);
                }
            }
            after = page.isEmpty() ? after : page.getLast().operation().id();
        } while (page.size() == properties.pageSize());
    }

    private void reconcile(GuardedOperation closing) {
        if (!acting.add(closing.id())) {
            return;
        }
        try {
            closer.reconcileIfClosing(closing.tenantId(), closing.id());
        } catch (RuntimeException failure) {
            failures.operation(Stage.RECONCILE, closing.id(), failure);
        } finally {
            acting.remove(closing.id());
        }
    }

    private Symbol symbol(String name) {
        return symbols.find(name).orElseThrow(() -> new IllegalStateException("symbol not in the catalog"));
    }
}
