package dev.robson.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.closing.CloseOrder;
import dev.robson.server.closing.OperationCloser;
import dev.robson.server.closing.ScriptedExecutor;
import dev.robson.server.closing.TestClosers;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.FixedQuotes;
import dev.robson.server.support.MutableClock;
import dev.robson.server.support.OnPostgres;
import dev.robson.server.support.TestTenants;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitor on the real PostgreSQL: more operations than one statement can bind, and the
 * work shared by two and three replicas, one of them killed or shut down, each stop closed once.
 */
@ApiTest
@OnPostgres
class MonitorOnPostgresTest {

    /** PostgreSQL's protocol numbers bind parameters in 16 bits: 65,535 is the most one statement can carry. */
    static final int BEYOND_ONE_STATEMENT = 70_000;

    static final List<String> SYMBOLS = List.of("BTCUSDC", "BTCUSDT", "ETHUSDC", "ETHUSDT", "ETHBTC");

    @Autowired
    ApplicationContext context;

    @Autowired
    OperationRepository operations;

    @Autowired
    FixedQuotes quotes;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    final ScriptedExecutor exchange = new ScriptedExecutor();
    final MutableClock clock = new MutableClock(Instant.now());
    final List<StopMonitor> started = new ArrayList<>();
    OperationCloser closer;

    @BeforeEach
    void setUp() {
        closer = TestClosers.closer(context, exchange, Clock.systemUTC());
        quotes.setUsualBtcBook();
        quotes.set("BTCUSDT", "89245.00", "89246.00");
        quotes.set("ETHUSDC", "2949.99", "2950.01");
        quotes.set("ETHUSDT", "2949.99", "2950.01");
        quotes.set("ETHBTC", "0.03300", "0.03301");
    }

    @AfterEach
    void stopReplicas() {
        started.forEach(StopMonitor::stop);
        jdbc.sql("UPDATE operations SET status = 'CLOSED', close_reason = 'MANUAL', closed_at = opened_at, "
                        + "version = version + 1 WHERE status <> 'CLOSED'")
                .update();
    }

    @Test
    void whenOneTenantHoldsMoreOperationsThanAStatementCanBindThenAnotherTenantsCrossedStopStillCloses() {
        TestTenants.Trader hostile = tenants.newTrader("hoarder");
        TestTenants.Trader victim = tenants.newTrader("victim");
        bulkActive(hostile, BEYOND_ONE_STATEMENT);
        long stop = tenants.longBtc(victim);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        StopMonitor monitor = replica(meters);
        monitor.tick();
        quotes.set("BTCUSDC", "87000.00", "87001.00");

        monitor.tick();

        assertThat(monitor.guarded()).isEqualTo(BEYOND_ONE_STATEMENT);
        assertThat(operations.find(victim.tenantId(), stop).orElseThrow().closeReason())
                .isEqualTo(CloseReason.STOP_LOSS);
        assertThat(exchange.received()).hasSize(1);
        assertThat(meters.find("robson.monitor.failures").counters()).isEmpty();
        // Reading the tenant's operations with their orders binds them in batches too.
        assertThat(operations.findAllByStatus(OperationStatus.ACTIVE)).hasSize(BEYOND_ONE_STATEMENT);
    }

    @Test
    void whenTwoReplicasRunThenTheyShareThePartitionsAndCloseEachStopOnce() {
        Map<String, Long> positions = onePerSymbol(tenants.newTrader("shared"));
        StopMonitor first = replica(new SimpleMeterRegistry());
        StopMonitor second = replica(new SimpleMeterRegistry());
        rounds(2, first, second);

        // 16 partitions, 2 replicas: a fair share is 8 each, and none is held twice.
        assertThat(first.partitions()).hasSize(8).doesNotContainAnyElementsOf(second.partitions());
        assertThat(second.partitions()).hasSize(8);

        crossEveryStop();
        rounds(2, first, second);

        assertAllClosedOnce(positions);
    }

    @Test
    void whenOneOfThreeReplicasIsKilledThenTheOthersTakeItsPartitionsAndNothingIsSentTwice() {
        Map<String, Long> positions = onePerSymbol(tenants.newTrader("three"));
        StopMonitor a = replica(new SimpleMeterRegistry());
        StopMonitor b = replica(new SimpleMeterRegistry());
        StopMonitor c = replica(new SimpleMeterRegistry());
        rounds(3, a, b, c);
        // ceil(16 / 3) = 6: two replicas hold 6, the third the remaining 4.
        assertThat(a.partitions().size()
                        + b.partitions().size()
                        + c.partitions().size())
                .isEqualTo(16);
        Set<Integer> all = new HashSet<>(a.partitions());
        all.addAll(b.partitions());
        all.addAll(c.partitions());
        assertThat(all).hasSize(16);

        // The one guarding BTCUSDC is killed: it stops ticking and never releases anything.
        int btc = PartitionOwnership.partitionOf("BTCUSDC", 16);
        StopMonitor killed = List.of(a, b, c).stream()
                .filter(m -> m.partitions().contains(btc))
                .findFirst()
                .orElseThrow();
        List<StopMonitor> survivors = new ArrayList<>(List.of(a, b, c));
        survivors.remove(killed);
        started.remove(killed);
        crossEveryStop();
        rounds(1, survivors.toArray(StopMonitor[]::new));
        assertThat(operations
                        .find(holder, positions.get("BTCUSDC"))
                        .orElseThrow()
                        .status())
                .as("nobody else acts while the killed replica's lease runs")
                .isEqualTo(OperationStatus.ACTIVE);

        // Ticks a second apart, as scheduled: past the 10 s lease the killed replica's partitions are free.
        for (int second = 0; second < 12; second++) {
            clock.advance(Duration.ofSeconds(1));
            rounds(1, survivors.toArray(StopMonitor[]::new));
        }

        Set<Integer> taken = new HashSet<>(survivors.get(0).partitions());
        taken.addAll(survivors.get(1).partitions());
        assertThat(taken).hasSize(16);
        assertAllClosedOnce(positions);
    }

    @Test
    void whenAReplicaShutsDownCleanlyThenTheOtherHoldsEveryPartitionAtOnce() {
        StopMonitor first = replica(new SimpleMeterRegistry());
        StopMonitor second = replica(new SimpleMeterRegistry());
        rounds(2, first, second);

        first.stop();
        second.tick();

        assertThat(first.partitions()).isEmpty();
        assertThat(second.partitions()).hasSize(16);
    }

    private StopMonitor replica(SimpleMeterRegistry meters) {
        StopMonitor monitor = MonitorReplicas.replica(context, closer, clock, meters);
        started.add(monitor);
        return monitor;
    }

    private static void rounds(int count, StopMonitor... replicas) {
        for (int round = 0; round < count; round++) {
            for (StopMonitor replica : replicas) {
                replica.tick();
            }
        }
    }

    private long holder;

    private Map<String, Long> onePerSymbol(TestTenants.Trader trader) {
        holder = trader.tenantId();
        return Map.of(
                "BTCUSDC", tenants.longBtc(trader),
                "BTCUSDT", tenants.longBtc(trader, "BTCUSDT"),
                "ETHUSDC", tenants.holding(trader, "ETHUSDC", Side.BUY, "0.0500", "3000.00", "2900.00", "3100.00"),
                "ETHUSDT", tenants.holding(trader, "ETHUSDT", Side.BUY, "0.0500", "3000.00", "2900.00", "3100.00"),
                "ETHBTC", tenants.holding(trader, "ETHBTC", Side.BUY, "1.0000", "0.03300", "0.03200", "0.03400"));
    }

    /** Every bid below its symbol's stop above. */
    private void crossEveryStop() {
        quotes.set("BTCUSDC", "87000.00", "87001.00");
        quotes.set("BTCUSDT", "87000.00", "87001.00");
        quotes.set("ETHUSDC", "2899.00", "2899.01");
        quotes.set("ETHUSDT", "2899.00", "2899.01");
        quotes.set("ETHBTC", "0.03100", "0.03101");
    }

    private void assertAllClosedOnce(Map<String, Long> positions) {
        positions
                .values()
                .forEach(id -> assertThat(
                                operations.find(holder, id).orElseThrow().status())
                        .isEqualTo(OperationStatus.CLOSED));
        assertThat(exchange.received())
                .extracting(CloseOrder::operationId)
                .containsExactlyInAnyOrderElementsOf(positions.values());
    }

    /** {@code count} ACTIVE operations with their entry fills in two statements (seconds, not minutes). */
    private void bulkActive(TestTenants.Trader trader, int count) {
        // Stops and targets far from any price here, so none of them triggers.
        jdbc.sql("""
                INSERT INTO operations (tenant_id, number, symbol, side, stop_loss, take_profit, status, opened_at,
                                        version)
                SELECT :client, n, 'BTCUSDC', 'BUY', 1000.00, 1000000.00, 'ACTIVE', now(), 0
                FROM generate_series(1, :count) AS n""").param("client", trader.tenantId()).param("count", count).update();
        jdbc.sql("""
                INSERT INTO operation_orders (operation_id, tenant_id, sequence_no, purpose, status,
                                              executed_quantity, average_price, executed_at)
                SELECT id, tenant_id, 0, 'ENTRY', 'FILLED', 0.00100, 88000.00, opened_at
                FROM operations WHERE tenant_id = :client""").param("client", trader.tenantId()).update();
    }
}
