package dev.robson.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.closing.OperationCloser;
import dev.robson.server.closing.ScriptedExecutor;
import dev.robson.server.closing.TestClosers;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.FixedQuotes;
import dev.robson.server.support.MutableClock;
import dev.robson.server.support.TestTenants;
import dev.robson.server.symbols.SymbolCatalog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** The stop monitor's rules, its index kept in step with the database, its failure boundaries, its leases. */
@ApiTest
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:robson-monitor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class StopMonitorTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OperationRepository operations;

    @Autowired
    FixedQuotes fixedQuotes;

    @Autowired
    TestTenants tenants;

    final ScriptedExecutor exchange = new ScriptedExecutor();
    final MutableClock closerClock = new MutableClock(Instant.now());
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    OperationCloser closer;
    StopMonitor first;
    StopMonitor second;
    TestTenants.Trader trader;

    @BeforeEach
    void setUp() {
        fixedQuotes.setUsualBtcBook();
        fixedQuotes.set("ETHUSDC", "2949.99", "2950.01");
        closer = TestClosers.closer(context, exchange, closerClock);
        first = MonitorReplicas.replica(context, closer, Clock.systemUTC(), meters);
        second = MonitorReplicas.replica(context, closer);
        trader = tenants.newTrader("monitored");
    }

    @AfterEach
    void releaseLeases() {
        first.stop();
        second.stop();
    }

    @Test
    void whenTheBidFallsToTheStopThenTheLongIsClosedOnceAtStopLoss() {
        long id = tenants.longBtc(trader);
        first.tick();
        assertThat(exchange.received()).isEmpty();

        fixedQuotes.set("BTCUSDC", "87061.16", "87062.00");
        first.tick();
        first.tick();

        assertThat(exchange.received()).hasSize(1);
        var closed = current(id);
        assertThat(closed.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
    }

    @Test
    void whenTheBidReachesTheTargetThenTakeProfit() {
        long id = tenants.longBtc(trader);
        fixedQuotes.set("BTCUSDC", "92391.44", "92392.00");

        first.tick();

        assertThat(current(id).closeReason()).isEqualTo(CloseReason.TAKE_PROFIT);
    }

    @Test
    void whenTheAskRisesToAShortsStopThenItIsBoughtBack() {
        long id = tenants.holding(trader, "ETHUSDC", Side.SELL, "0.0500", "3000.00", "3100.00", "2800.00");
        // The bid alone crossing means nothing to a SHORT: it closes by buying at the ask.
        fixedQuotes.set("ETHUSDC", "3099.00", "3099.99");
        first.tick();
        assertThat(exchange.received()).isEmpty();

        fixedQuotes.set("ETHUSDC", "3099.50", "3100.00");
        first.tick();

        assertThat(exchange.received())
                .singleElement()
                .satisfies(order -> assertThat(order.side()).isEqualTo(Side.BUY));
        assertThat(current(id).closeReason()).isEqualTo(CloseReason.STOP_LOSS);
    }

    @Test
    void whenTwoReplicasMonitorOneDatabaseThenEachStopIsClosedOnce() {
        tenants.longBtc(trader);
        first.tick();
        fixedQuotes.set("BTCUSDC", "87000.00", "87001.00");

        second.tick();
        first.tick();
        second.tick();

        assertThat(first.leading()).isTrue();
        assertThat(exchange.received()).hasSize(1);
    }

    @Test
    void whenAReplicaHoldsNoPartitionThenItsPriceStreamFollowsNothing() {
        tenants.longBtc(trader);
        first.tick();

        assertThat(first.watchedSymbols()).containsExactly("BTCUSDC");

        // Its index still holds the operation; without a partition it acts on none of its prices.
        first.stop();

        assertThat(first.leading()).isFalse();
        assertThat(first.watchedSymbols()).isEmpty();
    }

    @Test
    void whenTheOnlyReplicaStopsThenTheOtherTakesOverAtOnceAndActs() {
        long id = tenants.longBtc(trader);
        first.tick();
        first.stop();
        fixedQuotes.set("BTCUSDC", "87000.00", "87001.00");

        second.tick();

        assertThat(second.partitions()).hasSize(16);
        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
    }

    @Test
    void whenAPositionIsTrackedThroughAnotherReplicaThenTheNextTickGuardsIt() {
        first.tick();
        long id = tenants.longBtc(trader);
        fixedQuotes.set("BTCUSDC", "87000.00", "87001.00");

        first.tick();

        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
    }

    @Test
    void whenTheStopIsRaisedThroughAnotherReplicaThenThePriceIsJudgedAgainstTheNewStop() {
        long id = tenants.longBtc(trader);
        first.tick();
        move(id, "88000.00");
        // 87,900.00 is above the old stop (87,061.16) and below the new one (88,000.00).
        fixedQuotes.set("BTCUSDC", "87900.00", "87901.00");

        first.tick();

        assertThat(exchange.received()).hasSize(1);
        assertThat(current(id).closeReason()).isEqualTo(CloseReason.STOP_LOSS);
    }

    @Test
    void whenTheStopWasLoweredMomentsAgoThenAStreamPriceAboveItClosesNothing() {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "88000.00", "92391.44");
        first.tick();
        move(id, "87000.00");

        // Before any tick catches the index up: 87,500.00 crosses the indexed stop (88,000.00)
        // but not the stored one (87,000.00), and the stored one is what counts.
        first.react(
                new Quote("BTCUSDC", Price.of("87500.00"), Price.of("87501.00"), Price.of("87500.00"), Instant.now()));

        assertThat(exchange.received()).isEmpty();
        assertThat(current(id).status()).isEqualTo(OperationStatus.ACTIVE);
    }

    @Test
    void whenAPositionWasClosedByHandOnAnotherReplicaThenTheMonitorSendsNothing() {
        long id = tenants.longBtc(trader);
        first.tick();
        closer.close(trader.tenantId(), id, CloseReason.MANUAL);
        fixedQuotes.set("BTCUSDC", "87000.00", "87001.00");

        first.react(fixedQuotes
                .quote(context.getBean(SymbolCatalog.class).find("BTCUSDC").orElseThrow())
                .quote());
        first.tick();

        assertThat(exchange.received()).hasSize(1);
        assertThat(current(id).closeReason()).isEqualTo(CloseReason.MANUAL);
        assertThat(first.guarded()).isZero();
    }

    @Test
    void whenOneTenantsCloseThrowsThenAnotherTenantsStopOnTheSameSymbolStillCloses() {
        TestTenants.Trader other = tenants.newTrader("neighbour");
        // Lower id, so the failing one is evaluated first: without a boundary it would end the pass.
        long failing = tenants.longBtc(trader);
        long neighbour = tenants.holding(other, "BTCUSDC", Side.BUY, "0.00050", "88000.00", "87061.16", "92391.44");
        first.tick();
        exchange.next(ScriptedExecutor.Next.FILL_THEN_CRASH);
        fixedQuotes.set("BTCUSDC", "87000.00", "87001.00");

        first.tick();

        assertThat(operations.find(other.tenantId(), neighbour).orElseThrow().status())
                .isEqualTo(OperationStatus.CLOSED);
        assertThat(current(failing).status()).isEqualTo(OperationStatus.CLOSING);
        assertThat(meters.counter("robson.monitor.failures", "stage", "close").count())
                .isEqualTo(1.0);

        // The sweep after the settling time finds the lost fill by client order id: no second order.
        closerClock.advance(Duration.ofSeconds(6));
        first.sweep();

        assertThat(current(failing).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(exchange.received()).hasSize(2);
    }

    /** The operation as stored now. */
    private Operation current(long id) {
        return operations.find(trader.tenantId(), id).orElseThrow();
    }

    private void move(long id, String stop) {
        Operation operation = current(id);
        operation.moveProtection(Price.of(stop), null, Price.of("89245.00"));
        operations.update(operation);
    }
}
