package dev.robson.server.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A tenant's strategies. Every tenant has at least the default one: it is created with the
 * tenant's first read of its strategies (demo tenants, tenants made by {@code admin
 * create-client}, and tenants older than strategies alike), so no path that creates tenants has
 * to know about planning.
 */
@Repository
class StrategyRepository {

    private static final String SELECT = """
            SELECT id, number, name, side, timeframe, support_level, risk_per_trade_percent, reward_multiple,
                   max_monthly_loss_percent, lookback, cluster_tolerance_percent, min_distance_percent,
                   max_distance_percent, atr_period, atr_multiple, max_staleness_seconds
            FROM strategies""";

    private final JdbcClient jdbc;
    private final TenantSelect<StoredStrategy> select;

    StrategyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.select = new TenantSelect<>(jdbc, SELECT, "tenant_id", StrategyRepository::row);
    }

    /** The tenant's strategies by name. */
    List<StoredStrategy> all(long tenantId, Instant now) {
        List<StoredStrategy> all = allOf(tenantId);
        // The default is created on a first read that finds none: every later read is one query.
        if (all.isEmpty()) {
            ensureDefault(tenantId, now);
            return allOf(tenantId);
        }
        return all;
    }

    private List<StoredStrategy> allOf(long tenantId) {
        return select.where(tenantId, " ORDER BY name, number", Map.of()).list();
    }

    /** The strategy the tenant numbers {@code number}. */
    Optional<StoredStrategy> find(long tenantId, long number, Instant now) {
        Optional<StoredStrategy> found = numbered(tenantId, number);
        if (found.isPresent()) {
            return found;
        }
        // Not found: perhaps the tenant's very first read, before its default exists.
        ensureDefault(tenantId, now);
        return numbered(tenantId, number);
    }

    private Optional<StoredStrategy> numbered(long tenantId, long number) {
        return select.where(tenantId, " AND number = :number", Map.of("number", number))
                .optional();
    }

    /** The strategy a plan was made with, by storage id. */
    Optional<StoredStrategy> byId(long tenantId, long id) {
        return select.where(tenantId, " AND id = :id", Map.of("id", id)).optional();
    }

    /** The tenant's first strategy (lowest number): what a request naming none uses. */
    StoredStrategy first(long tenantId, Instant now) {
        return lowest(tenantId).orElseGet(() -> {
            ensureDefault(tenantId, now);
            return lowest(tenantId).orElseThrow();
        });
    }

    private Optional<StoredStrategy> lowest(long tenantId) {
        return select.where(tenantId, " ORDER BY number FETCH FIRST 1 ROWS ONLY", Map.of())
                .optional();
    }

    /** Adds a strategy under the tenant's next number; answers it as stored. */
    StoredStrategy insert(long tenantId, StoredStrategy strategy, Instant now) {
        jdbc.sql("""
                INSERT INTO strategies (tenant_id, number, name, side, timeframe, support_level, risk_per_trade_percent,
                                        reward_multiple, max_monthly_loss_percent, lookback, cluster_tolerance_percent,
                                        min_distance_percent, max_distance_percent, atr_period, atr_multiple,
                                        max_staleness_seconds, created_at)
                VALUES (:tenantId,
                        (SELECT COALESCE(MAX(number), 0) + 1 FROM strategies WHERE tenant_id = :tenantId),
                        :name, :side, :timeframe, :supportLevel, :risk, :reward, :monthly, :lookback, :cluster,
                        :minDistance, :maxDistance, :atrPeriod, :atrMultiple, :staleness, :now)""")
                .param("tenantId", tenantId)
                .param("name", strategy.name())
                .param("side", strategy.side())
                .param("timeframe", strategy.timeframe())
                .param("supportLevel", strategy.supportLevel())
                .param("risk", strategy.riskPerTradePercent())
                .param("reward", strategy.rewardMultiple())
                .param("monthly", strategy.maxMonthlyLossPercent())
                .param("lookback", strategy.lookback())
                .param("cluster", strategy.clusterTolerancePercent())
                .param("minDistance", strategy.minDistancePercent())
                .param("maxDistance", strategy.maxDistancePercent())
                .param("atrPeriod", strategy.atrPeriod())
                .param("atrMultiple", strategy.atrMultiple())
                .param("staleness", strategy.maxStalenessSeconds())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        return select.where(tenantId, " AND name = :name", Map.of("name", strategy.name()))
                .single();
    }

    private void ensureDefault(long tenantId, Instant now) {
        boolean any = jdbc.sql("SELECT COUNT(*) FROM strategies WHERE tenant_id = :tenantId")
                        .param("tenantId", tenantId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!any) {
            try {
                insert(tenantId, StoredStrategy.defaults(), now);
            } catch (DuplicateKeyException concurrentFirstRead) {
                // Another request of the same tenant created it a moment ago: the one row stands.
            }
        }
    }

    private static StoredStrategy row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredStrategy(
                rs.getLong("id"),
                rs.getLong("number"),
                rs.getString("name"),
                rs.getString("side"),
                rs.getString("timeframe"),
                rs.getInt("support_level"),
                rs.getBigDecimal("risk_per_trade_percent"),
                rs.getBigDecimal("reward_multiple"),
                rs.getBigDecimal("max_monthly_loss_percent"),
                rs.getInt("lookback"),
                rs.getBigDecimal("cluster_tolerance_percent"),
                rs.getBigDecimal("min_distance_percent"),
                rs.getBigDecimal("max_distance_percent"),
                rs.getInt("atr_period"),
                rs.getBigDecimal("atr_multiple"),
                rs.getLong("max_staleness_seconds"));
    }
}
