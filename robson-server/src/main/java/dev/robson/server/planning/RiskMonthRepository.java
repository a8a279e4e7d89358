package dev.robson.server.planning;

import dev.robson.core.market.Asset;
import dev.robson.core.planning.budget.RiskMonth;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each tenant's monthly capital snapshot, taken with the month's first saved plan and never changed. */
@Repository
class RiskMonthRepository {

    private final JdbcClient jdbc;

    RiskMonthRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RiskMonth> find(long tenantId, YearMonth month) {
        return jdbc.sql("""
                SELECT quote_asset, capital_base FROM risk_months WHERE tenant_id = :tenantId AND risk_month = :month""")
                .param("tenantId", tenantId)
                .param("month", month.toString())
                .query((rs, n) ->
                        new RiskMonth(month, Asset.of(rs.getString("quote_asset")), rs.getBigDecimal("capital_base")))
                .optional();
    }

    /** Keeps the snapshot; the caller holds the tenant's lock and has found none for the month. */
    void save(long tenantId, RiskMonth month, Instant takenAt) {
        jdbc.sql("""
                INSERT INTO risk_months (tenant_id, risk_month, quote_asset, capital_base, taken_at)
                VALUES (:tenantId, :month, :quote, :capital, :takenAt)""")
                .param("tenantId", tenantId)
                .param("month", month.month().toString())
                .param("quote", month.quoteAsset().code())
                .param("capital", month.capitalBase())
                .param("takenAt", OffsetDateTime.ofInstant(takenAt, ZoneOffset.UTC))
                .update();
    }
}
