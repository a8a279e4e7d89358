package dev.robson.server.planning;

import dev.robson.core.market.Asset;
import dev.robson.core.operation.Side;
import dev.robson.core.planning.budget.OpenRisk;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the month's budget is made of: the tenant's closed results and what is still exposed to a stop. */
@Repository
class RiskLedgerRepository {

    private final JdbcClient jdbc;

    RiskLedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The realized P&amp;L after fees of each operation quoted in {@code quote} that closed in
     * {@code [start, end)}; an operation from before fees were recorded counts gross.
     */
    List<BigDecimal> realizedNetResults(long tenantId, Asset quote, Instant start, Instant end) {
        return jdbc.sql("""
                SELECT COALESCE(o.realized_pnl_net, o.realized_pnl, 0) FROM operations o
                JOIN symbols s ON s.symbol = o.symbol
                WHERE o.tenant_id = :tenantId AND o.status = 'CLOSED' AND o.closed_at >= :start AND o.closed_at < :end
                AND s.quote_asset = :quote""")
                .param("tenantId", tenantId)
                .param("start", utc(start))
                .param("end", utc(end))
                .param("quote", quote.code())
                .query(BigDecimal.class)
                .list();
    }

    /**
     * Everything of the tenant still exposed to its stop: open operations (with the planned risk
     * of the plan they came from, zero for one tracked without a plan) and pending plans (a
     * PLANNED one only until it expires, whether or not the sweep has marked it yet).
     *
     * @param excluded an operation to leave out (the plan being confirmed), or null
     */
    List<OpenRisk> openRisks(long tenantId, Instant now, Long excluded) {
        return jdbc.sql("""
                SELECT o.symbol, o.side, COALESCE(p.planned_risk, 0) AS planned_risk FROM operations o
                LEFT JOIN entry_plans p ON p.operation_id = o.id
                WHERE o.tenant_id = :tenantId AND o.id <> :excluded
                AND (o.status IN ('ACTIVE', 'CLOSING', 'ENTERING') OR (o.status = 'PLANNED' AND p.expires_at > :now))""")
                .param("tenantId", tenantId)
                .param("excluded", excluded == null ? -1L : excluded)
                .param("now", utc(now))
                .query((rs, n) -> new OpenRisk(
                        rs.getString("symbol"), Side.valueOf(rs.getString("side")), rs.getBigDecimal("planned_risk")))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
