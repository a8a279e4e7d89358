package dev.robson.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.closing.CloseOrder;
import dev.robson.server.closing.OperationCloser;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.OnPostgres;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The monitor-at-scale benchmark's book, seeded small on the real schema: the benchmark is not
 * part of the suite, so this is what notices when a schema change breaks its seed (as a new
 * required column once did), and that the seeded book is the one the benchmark describes.
 */
@ApiTest
@OnPostgres
class MonitorScaleSeedOnPostgresTest extends MonitorScaleBook {

    @Test
    void whenTheBenchmarkBookIsSeededThenTheMonitorGuardsAllOfItAndACrossingClosesOnlyTheHighStop() {
        List<String> symbols = MonitorScaleSeed.seed(jdbc, catalog, 60, 6, 20);

        assertThat(symbols)
                .containsExactly("X0001USDC", "X0002USDC", "X0003USDC", "X0004USDC", "X0005USDC", "X0006USDC");
        List<Map<String, Object>> perTenant = jdbc.sql("""
                        SELECT min(o.number) AS first, max(o.number) AS last, count(*) AS held
                        FROM operations o JOIN tenants t ON t.id = o.tenant_id
                        WHERE t.name LIKE 'bench-%' AND o.status = 'ACTIVE'
                        GROUP BY o.tenant_id""").query().listOfRows();
        assertThat(perTenant).hasSize(20).allSatisfy(run -> {
            assertThat(((Number) run.get("first")).longValue()).isEqualTo(1);
            assertThat(((Number) run.get("last")).longValue()).isEqualTo(3);
            assertThat(((Number) run.get("held")).longValue()).isEqualTo(3);
        });
        assertThat(jdbc.sql("SELECT symbol FROM operations WHERE stop_loss = :stop ORDER BY symbol")
                        .param("stop", MonitorScaleSeed.HIGH_STOP)
                        .query(String.class)
                        .list())
                .isEqualTo(symbols);
        assertThat(jdbc.sql("SELECT count(*) FROM operation_orders WHERE purpose = 'ENTRY' AND status = 'FILLED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(60L);

        OperationCloser closer = closerFillingAtTheCrossing();
        priceSafe(symbols);
        StopMonitor monitor = MonitorReplicas.replica(context, closer);
        try {
            monitor.tick();
            assertThat(monitor.guarded()).isEqualTo(60);
            assertThat(exchange.received()).isEmpty();

            monitor.react(crossing("X0003USDC"));

            assertThat(exchange.received())
                    .singleElement()
                    .satisfies(order -> {
                        assertThat(order.symbol().name()).isEqualTo("X0003USDC");
                        assertThat(order.quantity()).isEqualByComparingTo(BigDecimal.ONE);
                    })
                    .extracting(CloseOrder::operationId)
                    .isEqualTo(jdbc.sql("SELECT id FROM operations WHERE symbol = 'X0003USDC' AND stop_loss = :stop")
                            .param("stop", MonitorScaleSeed.HIGH_STOP)
                            .query(Long.class)
                            .single());
        } finally {
            monitor.stop();
        }
    }
}
