package dev.robson.server.planning;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Price;
import dev.robson.core.planning.SwingCandles;
import dev.robson.core.planning.stop.StopFinder;
import dev.robson.core.planning.stop.StopFinderParameters;
import dev.robson.core.planning.stop.StopOutcome;
import dev.robson.core.planning.stop.TechnicalStop;
import dev.robson.server.support.ApiClient;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test (its name matches none of Surefire's patterns, so {@code make test} never
 * runs it; {@code bench/plan/run.sh} does). Measures, over real HTTP against the whole server in
 * paper mode:
 * <ul>
 *   <li>a plan's latency: {@code POST /api/operations/plan/?dry_run=true}, which reads the
 *       strategy, the account, the ask, 100 closed candles through the candle cache, and runs
 *       the finder, the sizing and every guard under the tenant's transaction (rolled back);</li>
 *   <li>a saved plan's latency (the same, plus the operation, plan and event rows), each
 *       cancelled afterwards, untimed;</li>
 *   <li>the stop finder alone, once per 15-minute close over a month of {@link SwingCandles}
 *       (2,880 charts of the last 100 candles).</li>
 * </ul>
 * Figures go to standard output and {@code target/bench/plan.txt}.
 */
@Tag("bench")
@PlanningTest
// One tenant plans back to back here: the per-tenant limit on plans is lifted to measure the work.
@TestPropertySource(
        properties = {"robson.market-data.plan-per-minute=100000000", "robson.market-data.plan-burst=100000000"})
class PlanLatencyBench extends PlanningScenario {

    static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    static final int PLANS = Integer.getInteger("bench.plans", 1_000);
    static final int SAVED = Integer.getInteger("bench.saved", 200);

    @Test
    void planLatencyAndFinder() throws IOException {
        List<String> report = new ArrayList<>();
        report.add("Plan latency, paper, embedded database, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        for (int i = 0; i < WARMUP; i++) {
            dryRun();
        }
        long[] dry = new long[PLANS];
        for (int i = 0; i < PLANS; i++) {
            long start = System.nanoTime();
            dryRun();
            dry[i] = System.nanoTime() - start;
        }
        report.add(line("dry-run plan", dry));
        long[] saved = new long[SAVED];
        for (int i = 0; i < SAVED; i++) {
            long start = System.nanoTime();
            ApiClient.Reply planned = plan(BTC_PLAN);
            saved[i] = System.nanoTime() - start;
            require(planned, 201);
            api.post("/api/operations/" + planned.json().get("operation_id").asLong() + "/cancel/", "", token);
        }
        report.add(line("saved plan", saved));
        report.add(finderOverAMonth());
        report.forEach(System.out::println);
        Path out = Path.of("target", "bench", "plan.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private void dryRun() {
        require(api.post("/api/operations/plan/?dry_run=true", BTC_PLAN, token), 200);
    }

    /** The finder on each 15-minute close of a month: the last 100 closed candles, E the close. */
    private static String finderOverAMonth() {
        int month = 30 * 96;
        StopFinder finder = new StopFinder(StopFinderParameters.DEFAULTS);
        List<Candle> candles = SwingCandles.from(
                Instant.parse("2026-11-01T00:00:00Z"),
                CandleInterval.FIFTEEN_MINUTES,
                month + 100,
                Price.of("90000.00"),
                20261101L);
        long[] took = new long[month];
        int swing = 0;
        // Two passes: the first warms the JIT, the second is measured.
        for (int pass = 0; pass < 2; pass++) {
            swing = 0;
            for (int i = 0; i < month; i++) {
                List<Candle> window = candles.subList(i, i + 100);
                Candle newest = window.getLast();
                long start = System.nanoTime();
                // Read the moment the newest candle closed: every candle of the window is closed.
                StopOutcome outcome = finder.find(
                        window,
                        CandleInterval.FIFTEEN_MINUTES,
                        newest.close(),
                        new BigDecimal("0.01"),
                        newest.openTime().plus(CandleInterval.FIFTEEN_MINUTES.length()));
                took[i] = System.nanoTime() - start;
                if (outcome instanceof TechnicalStop stop && !stop.method().isAtrFallback()) {
                    swing++;
                }
            }
        }
        return line("finder alone (100 candles)", took)
                + String.format(
                        "  total %.1f ms for %d charts; %d stops under a swing support", sum(took) / 1e6, month, swing);
    }

    private static String line(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "%-28s n=%-5d median %8.3f ms   p99 %8.3f ms   max %8.3f ms",
                what,
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }

    private static void require(ApiClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", got " + reply.status() + ": " + reply.body());
        }
    }
}
