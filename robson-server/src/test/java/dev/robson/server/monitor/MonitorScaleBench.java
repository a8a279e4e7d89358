package dev.robson.server.monitor;

import static org.awaitility.Awaitility.await;

import dev.robson.core.market.Quote;
import dev.robson.server.closing.CloseOrder;
import dev.robson.server.closing.OperationCloser;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.OnPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test (its name matches none of Surefire's patterns, so {@code make test} never
 * runs it; {@code bench/monitor-scale/run.sh} does). On PostgreSQL: OPERATIONS active operations
 * (default 100,000) across SYMBOLS symbols (1,000) and TENANTS tenants (5,000), seeded with SQL.
 * One operation per symbol has its stop just under the price, the rest far below, so a crossing
 * price closes exactly one operation of that symbol. Measures:
 * <ul>
 *   <li>the index's first full read;</li>
 *   <li>price → decision: one new price evaluated against its symbol's operations (none crossed);</li>
 *   <li>price → close: a crossing price, through the close path, to the order at the exchange;</li>
 *   <li>a full pass (a tick) over every operation;</li>
 *   <li>three replicas ticking every second; one killed: the time until its partitions are
 *       held by the others, and every crossed stop closed with no order sent twice.</li>
 * </ul>
 * Figures go to standard output and {@code target/bench/monitor-scale.txt}.
 */
@Tag("bench")
@ApiTest
@TestPropertySource(properties = {"logging.level.root=WARN", "spring.datasource.hikari.maximum-pool-size=16"})
@OnPostgres
class MonitorScaleBench extends MonitorScaleBook {

    static final int OPERATIONS = Integer.getInteger("bench.operations", 100_000);
    static final int SYMBOLS = Integer.getInteger("bench.symbols", 1_000);
    static final int TENANTS = Integer.getInteger("bench.tenants", 5_000);
    static final int DECISIONS = Integer.getInteger("bench.decisions", 20_000);
    static final int CLOSES = Integer.getInteger("bench.closes", 100);

    final List<String> report = new ArrayList<>();
    final Random random = new Random(20261201L);

    @Test
    void monitorAtScale() throws Exception {
        if (SYMBOLS <= CLOSES) {
            throw new IllegalArgumentException("bench.symbols (" + SYMBOLS + ") must exceed bench.closes (" + CLOSES
                    + "): the close phase crosses one symbol each, the replicas cross the rest");
        }
        List<String> symbols = seed();
        OperationCloser closer = closerFillingAtTheCrossing();
        priceSafe(symbols);

        StopMonitor alone = MonitorReplicas.replica(context, closer);
        long started = System.nanoTime();
        alone.tick();
        line(
                "first tick (index read in full, %,d operations): %d ms",
                alone.guarded(), millis(System.nanoTime() - started));

        decisions(alone, symbols);
        closes(alone, symbols);
        passes(alone);
        alone.stop();

        replicasWithOneKilled(closer, symbols);
        Path file = Path.of("target/bench/monitor-scale.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    /** A safe price for a random symbol: evaluates that symbol's operations, decides nothing. */
    private void decisions(StopMonitor monitor, List<String> symbols) {
        for (int warm = 0; warm < DECISIONS; warm++) {
            monitor.react(safe(symbols.get(random.nextInt(symbols.size()))));
        }
        long[] took = new long[DECISIONS];
        for (int i = 0; i < DECISIONS; i++) {
            Quote quote = safe(symbols.get(random.nextInt(symbols.size())));
            long start = System.nanoTime();
            monitor.react(quote);
            took[i] = System.nanoTime() - start;
        }
        line(
                "price -> decision (%,d operations of one symbol, %,d prices): p50 %s ms, p99 %s ms, max %s ms",
                OPERATIONS / SYMBOLS,
                DECISIONS,
                ms(percentile(took, 50)),
                ms(percentile(took, 99)),
                ms(percentile(took, 100)));
    }

    /** A crossing price: the one operation with the high stop is read again, closed, its order sent. */
    private void closes(StopMonitor monitor, List<String> symbols) {
        long[] took = new long[CLOSES];
        for (int i = 0; i < CLOSES; i++) {
            String symbol = symbols.get(i);
            int before = exchange.received().size();
            long start = System.nanoTime();
            monitor.react(crossing(symbol));
            took[i] = System.nanoTime() - start;
            if (exchange.received().size() != before + 1) {
                throw new IllegalStateException("a crossing price for " + symbol + " sent "
                        + (exchange.received().size() - before) + " orders, not 1");
            }
        }
        line(
                "price -> close order sent and fill recorded (%d crossings): p50 %s ms, p99 %s ms",
                CLOSES, ms(percentile(took, 50)), ms(percentile(took, 99)));
    }

    /** Ticks with nothing crossed: lease, index catch-up, then every operation against its price. */
    private void passes(StopMonitor monitor) {
        long[] tick = new long[20];
        long[] evaluation = new long[20];
        for (int i = 0; i < tick.length; i++) {
            long start = System.nanoTime();
            monitor.tick();
            tick[i] = System.nanoTime() - start;
            evaluation[i] = monitor.lastPassNanos();
        }
        line(
                "full pass over %,d operations (20 ticks): tick p50 %s ms, max %s ms; of which evaluation p50 %s ms, max %s ms",
                monitor.guarded(),
                ms(percentile(tick, 50)),
                ms(percentile(tick, 100)),
                ms(percentile(evaluation, 50)),
                ms(percentile(evaluation, 100)));
    }

    private void replicasWithOneKilled(OperationCloser closer, List<String> symbols) throws Exception {
        int sentBefore = exchange.received().size();
        List<StopMonitor> replicas = new ArrayList<>();
        List<ScheduledExecutorService> schedules = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StopMonitor replica = MonitorReplicas.replica(context, closer);
            ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor();
            schedule.scheduleWithFixedDelay(replica::tick, i * 300L, 1_000, TimeUnit.MILLISECONDS);
            replicas.add(replica);
            schedules.add(schedule);
        }
        await("three replicas sharing the partitions")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> coverage(replicas) == 16
                        && replicas.stream().allMatch(r -> !r.partitions().isEmpty()));
        line(
                "3 replicas: partitions held %s",
                replicas.stream().map(r -> r.partitions().size() + "").collect(Collectors.joining(" / ")));

        // Killed: its schedule ends (no release, no more renewals), as a crashed process's would.
        StopMonitor killed = replicas.get(2);
        Set<Integer> orphaned = Set.copyOf(killed.partitions());
        schedules.get(2).shutdown();
        schedules.get(2).awaitTermination(30, TimeUnit.SECONDS);
        long killedAt = System.nanoTime();
        // Every remaining high stop crossed at once: a third of them belong to the killed replica.
        List<String> crossed = symbols.subList(CLOSES, symbols.size());
        crossed.forEach(symbol -> quotes.set(symbol, "99.40", "99.41"));
        List<StopMonitor> survivors = replicas.subList(0, 2);
        await("the killed replica's partitions taken over")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    Set<Integer> held = new HashSet<>();
                    survivors.forEach(r -> held.addAll(r.partitions()));
                    return held.containsAll(orphaned);
                });
        long takenOver = System.nanoTime() - killedAt;
        int expected = crossed.size();
        // Reported, not failed, when some never arrive: the report says how many closed.
        await().atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> exchange.received().size() - sentBefore >= expected
                        || System.nanoTime() - killedAt
                                >= Duration.ofSeconds(299).toNanos());
        long allClosed = System.nanoTime() - killedAt;
        schedules.subList(0, 2).forEach(ScheduledExecutorService::shutdown);
        for (ScheduledExecutorService schedule : schedules) {
            schedule.awaitTermination(60, TimeUnit.SECONDS);
        }
        survivors.forEach(StopMonitor::stop);
        // Two seconds for any order still in flight to arrive before the orders are counted.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        List<CloseOrder> sent = exchange.received();
        Map<Long, Long> perOperation =
                sent.stream().collect(Collectors.groupingBy(CloseOrder::operationId, Collectors.counting()));
        long twice = perOperation.values().stream().filter(count -> count > 1).count();
        int closedInDrill = sent.size() - sentBefore;
        int stillActive = jdbc.sql("SELECT COUNT(*) FROM operations WHERE status = 'ACTIVE' AND stop_loss = 99.50")
                .query(Integer.class)
                .single();
        line(
                "one of 3 killed (%d partitions): taken over in %.1f s; %,d crossed stops closed %.1f s after the kill; "
                        + "high stops still open %d; operations with more than one order: %d",
                orphaned.size(), takenOver / 1e9, closedInDrill, allClosed / 1e9, stillActive, twice);
    }

    private static int coverage(List<StopMonitor> replicas) {
        Set<Integer> all = new HashSet<>();
        replicas.forEach(r -> all.addAll(r.partitions()));
        return all.size();
    }

    /** SYMBOLS listings X0001USDC…, TENANTS tenants, OPERATIONS operations with their entry fills, all in SQL. */
    private List<String> seed() {
        long started = System.nanoTime();
        List<String> symbols = MonitorScaleSeed.seed(jdbc, catalog, OPERATIONS, SYMBOLS, TENANTS);
        line(
                "seeded %,d operations, %,d symbols, %,d tenants in %d ms",
                OPERATIONS, SYMBOLS, TENANTS, millis(System.nanoTime() - started));
        return symbols;
    }

    private static long percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println("[monitor-scale] " + text);
        report.add(text);
    }
}
