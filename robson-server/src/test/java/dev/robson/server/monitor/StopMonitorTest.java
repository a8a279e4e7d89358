package dev.robson.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.closing.ScriptedExecutor;
import dev.robson.server.closing.TestClosers;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.FixedQuotes;
import dev.robson.server.support.TestTenants;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** The stop monitor's rules, its single leader, and its use of fresh prices only. */
@ApiTest
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:robson-monitor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class StopMonitorTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OperationRepository operations;
    @Autowired
    QuoteSource quotes;
    @Autowired
    FixedQuotes fixedQuotes;
    @Autowired
    MonitorLease lease;
    @Autowired
    TestTenants tenants;

    final ScriptedExecutor exchange = new ScriptedExecutor();
    StopMonitor first;
    StopMonitor second;
    TestTenants.Trader trader;

    @BeforeEach
    void setUp() {
        fixedQuotes.set("BTCUSDC", "89245.00", "89246.00");
        fixedQuotes.set("ETHUSDC", "2949.99", "2950.01");
        var closer = TestClosers.closer(context, exchange, Clock.systemUTC());
        var properties = new MonitorProperties(true, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofSeconds(10));
        first = new StopMonitor(operations, closer, quotes, lease, properties, new SimpleMeterRegistry());
        second = new StopMonitor(operations, closer, quotes, lease, properties, new SimpleMeterRegistry());
        trader = tenants.newTrader("monitored");
    }

    @AfterEach
    void releaseLease() {
        first.stop();
        second.stop();
    }

    @Test
    void whenTheBidFallsToTheStopThenTheLongIsClosedOnceAtStopLoss() {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        first.tick();
        assertThat(exchange.received()).isEmpty();

        fixedQuotes.set("BTCUSDC", "87061.16", "87062.00");
        first.tick();
        first.tick();

        assertThat(exchange.received()).hasSize(1);
        var closed = operations.find(trader.clientId(), id).orElseThrow();
        assertThat(closed.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
    }

    @Test
    void whenTheBidReachesTheTargetThenTakeProfit() {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        fixedQuotes.set("BTCUSDC", "92391.44", "92392.00");

        first.tick();

        assertThat(operations.find(trader.clientId(), id).orElseThrow().closeReason())
                .isEqualTo(CloseReason.TAKE_PROFIT);
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

        assertThat(exchange.received()).singleElement()
                .satisfies(order -> assertThat(order.side()).isEqualTo(Side.BUY));
        assertThat(operations.find(trader.clientId(), id).orElseThrow().closeReason())
                .isEqualTo(CloseReason.STOP_LOSS);
    }

    @Test
    void whenTwoReplicasMonitorOneDatabaseThenOnlyTheLeaseHolderActs() {
        tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        first.tick();
        fixedQuotes.set("BTCUSDC", "87000.00", "87001.00");

        second.tick();
        first.tick();
        second.tick();

        assertThat(first.leading()).isTrue();
        assertThat(second.leading()).isFalse();
        assertThat(exchange.received()).hasSize(1);
    }

    @Test
    void whenTheLeaderStopsThenTheOtherReplicaTakesOverAndActs() {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        first.tick();
        first.stop();
        fixedQuotes.set("BTCUSDC", "87000.00", "87001.00");

        second.tick();

        assertThat(second.leading()).isTrue();
        assertThat(operations.find(trader.clientId(), id).orElseThrow().status()).isEqualTo(OperationStatus.CLOSED);
    }
}
