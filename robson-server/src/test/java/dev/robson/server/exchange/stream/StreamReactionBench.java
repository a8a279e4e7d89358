package dev.robson.server.exchange.stream;

import static org.awaitility.Awaitility.await;

import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.exchange.Eventually;
import dev.robson.server.exchange.binance.fake.ReceivedOrder;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.TestTenants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test (its name matches none of Surefire's patterns, so {@code make test} never
 * runs it; {@code bench/monitor/run.sh} does): the time from the fake stream publishing a price
 * through a stop to the fake Binance receiving the MARKET order, over the whole server in live
 * trading with the production stream settings (pace 100 ms). Two books:
 * <ul>
 *   <li>quiet: the crossing price is the first in a while;</li>
 *   <li>busy: safe prices every 10 ms before it, so the reactions run in paced rounds and the
 *       crossing waits for the next round: up to one pace.</li>
 * </ul>
 * Figures go to standard output and to {@code target/bench/stream-reaction.txt}.
 */
@Tag("bench")
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:robson-stream-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "robson.trading=live",
            "robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "robson.closing.settling-time=0s",
            "logging.level.root=WARN"
        })
class StreamReactionBench extends StreamScenario {

    private static final int TRIALS = Integer.getInteger("bench.trials", 100);

    private final Random random = new Random(20260105L);

    @Autowired
    OperationRepository operations;

    @Test
    void reactionFromStreamPriceToOrder() throws Exception {
        TestTenants.Trader trader = tenants.newTrader("bench");
        String apiKey = newKey(trader);
        binance.setBalance(apiKey, "BTC", "1000", "0");
        binance.setBook("BTCUSDC", "89245.00", "89245.01");
        // Never triggered: keeps the subscription between trials, as a real book of positions would.
        tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "1.00", "10000000.00");
        Eventually.within(Duration.ofSeconds(10), "the stream follows BTCUSDC", () -> fakeStream.subscribed("BTCUSDC"));

        List<Long> quiet = trials(trader, false);
        List<Long> busy = trials(trader, true);

        String report = String.format(
                        Locale.ROOT,
                        "Stream price through a stop -> MARKET order at the exchange, %d trials each, %d cores%n",
                        TRIALS,
                        Runtime.getRuntime().availableProcessors())
                + figures("quiet book", quiet)
                + figures("busy book (10 ms)", busy);
        System.out.print(report);
        Path out = Path.of("target", "bench", "stream-reaction.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private List<Long> trials(TestTenants.Trader trader, boolean busy) throws IOException, InterruptedException {
        List<Long> millis = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            long id = tenants.longBtc(trader);
            if (busy) {
                // 300 to 400 ms of safe prices, so the crossing lands anywhere in a paced round.
                int updates = 30 + random.nextInt(10);
                AtomicInteger update = new AtomicInteger();
                await().atMost(Duration.ofSeconds(10))
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(10))
                        .until(() -> {
                            int n = update.getAndIncrement();
                            fakeStream.publish("BTCUSDC", n % 2 == 0 ? "89245.00" : "89245.50", "89245.51");
                            return n + 1 >= updates;
                        });
            } else {
                // Longer than the pace since the last price: the crossing opens a round of its own.
                await().pollDelay(Duration.ofMillis(150)).until(() -> true);
            }
            long publishedAt = System.currentTimeMillis();
            fakeStream.publish("BTCUSDC", "87000.00", "87000.01");
            ReceivedOrder order = awaitOrder(id);
            millis.add(order.transactTimeMs() - publishedAt);
            Eventually.within(
                    Duration.ofSeconds(5),
                    "operation " + id + " closed",
                    () -> operations.find(trader.tenantId(), id).orElseThrow().status() == OperationStatus.CLOSED);
        }
        return millis;
    }

    private ReceivedOrder awaitOrder(long operationId) {
        return await("an order for operation " + operationId)
                .atMost(Duration.ofSeconds(5))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(1))
                .until(() -> closeOrdersOf(operationId), orders -> !orders.isEmpty())
                .getFirst();
    }

    private static String figures(String book, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format(
                Locale.ROOT,
                "  %-18s median %4d ms   p99 %4d ms   max %4d ms   min %4d ms%n",
                book,
                rank(sorted, 0.50),
                rank(sorted, 0.99),
                sorted.getLast(),
                sorted.getFirst());
    }

    /** Nearest-rank percentile. */
    private static long rank(List<Long> sorted, double percentile) {
        return sorted.get((int) Math.ceil(percentile * sorted.size()) - 1);
    }
}
