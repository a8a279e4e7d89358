package dev.robson.server.monitor;

import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitor-at-scale book, seeded with SQL (far faster than the API at 100,000 operations):
 * {@code symbols} listed symbols X0001USDC…, {@code tenants} tenants named bench-1…, and
 * {@code operations} ACTIVE LONG operations, operation g on tenant g mod tenants (numbered
 * g div tenants + 1, so each tenant's run 1, 2, 3…) and symbol g mod symbols, each with one FILLED
 * ENTRY of 1.000 at 100.00. The first operation of each symbol has its stop at 99.50, just under
 * the 100.00 the benchmark prices at; every other stop is at 90.00.
 */
final class MonitorScaleSeed {

    static final BigDecimal HIGH_STOP = new BigDecimal("99.50");

    private MonitorScaleSeed() {}

    /** Seeds the book described above; returns the symbols, in order. */
    static List<String> seed(JdbcClient jdbc, SymbolCatalog catalog, int operations, int symbolCount, int tenants) {
        List<String> symbols = IntStream.rangeClosed(1, symbolCount)
                .mapToObj(n -> String.format("X%04dUSDC", n))
                .toList();
        List<SymbolCatalog.Listing> listings = new ArrayList<>(catalog.all().stream()
                .map(s -> new SymbolCatalog.Listing(
                        s.name(), s.base().code(), s.quote().code(), s.tickSize(), s.stepSize(), s.minNotional()))
                .toList());
        symbols.forEach(symbol -> listings.add(new SymbolCatalog.Listing(
                symbol,
                symbol.substring(0, 5),
                "USDC",
                new BigDecimal("0.01"),
                new BigDecimal("0.001"),
                new BigDecimal("5"))));
        catalog.replaceAll(listings);
        jdbc.sql("INSERT INTO tenants (name, created_at) SELECT 'bench-' || g, now() FROM generate_series(1, :n) g")
                .param("n", tenants)
                .update();
        jdbc.sql("""
                INSERT INTO operations (tenant_id, number, symbol, side, stop_loss, take_profit, status, opened_at,
                                        version)
                SELECT c.id, g / :tenants + 1, s.symbol, 'BUY', CASE WHEN g < :symbols THEN :highStop ELSE 90.00 END,
                       200.00, 'ACTIVE', now(), 0
                FROM generate_series(0, :operations - 1) g
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM tenants WHERE name LIKE 'bench-%') c
                  ON c.n = g % :tenants
                JOIN (SELECT symbol, row_number() OVER (ORDER BY symbol) - 1 AS n FROM symbols WHERE symbol LIKE 'X%') s
                  ON s.n = g % :symbols""")
                .param("symbols", symbolCount)
                .param("operations", operations)
                .param("tenants", tenants)
                .param("highStop", HIGH_STOP)
                .update();
        jdbc.sql("""
                INSERT INTO operation_orders (operation_id, tenant_id, sequence_no, purpose, status, executed_quantity,
                                              average_price, executed_at)
                SELECT o.id, o.tenant_id, 0, 'ENTRY', 'FILLED', 1.000, 100.00, o.opened_at
                FROM operations o JOIN tenants t ON t.id = o.tenant_id
                WHERE t.name LIKE 'bench-%'""").update();
        jdbc.sql("ANALYZE operations").update();
        jdbc.sql("ANALYZE operation_orders").update();
        return symbols;
    }
}
