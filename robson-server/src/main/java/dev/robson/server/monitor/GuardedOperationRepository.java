package dev.robson.server.monitor;

import dev.robson.core.market.Price;
import dev.robson.core.operation.ExitLevels;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stop monitor's reads across tenants. Each is a page by id of a bounded size with a fixed
 * number of parameters, however many operations there are: no statement grows with the data.
 * Orders are not read here; the close path reads the one operation it acts on in full, within
 * its tenant.
 */
@Repository
class GuardedOperationRepository {

    private static final String SELECT = """
            SELECT id, tenant_id, symbol, side, stop_loss, take_profit, status, version
            FROM operations""";

    private final JdbcClient jdbc;

    GuardedOperationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row as the index needs it, with the state it was read in. */
    record Row(GuardedOperation operation, OperationStatus status) {}

    /** Up to {@code limit} ACTIVE operations with ids above {@code afterId}, in id order. */
    List<Row> activePage(long afterId, int limit) {
        return page("status = 'ACTIVE'", Map.of(), afterId, limit);
    }

    /**
     * OperationService in any state of a position changed at or after {@code since}, a page by id. An
     * entry plan's row changes too, but the index has nothing to do until it turns ACTIVE.
     */
    List<Row> changedPage(Instant since, long afterId, int limit) {
        return page(
                "changed_at >= :since AND status IN ('ACTIVE', 'CLOSING', 'CLOSED')",
                Map.of("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC)),
                afterId,
                limit);
    }

    /** CLOSING operations with ids above {@code afterId}, a page in id order: what the sweep reconciles. */
    List<Row> closingPage(long afterId, int limit) {
        return page("status = 'CLOSING'", Map.of(), afterId, limit);
    }

    /** The rows the condition (with its own parameters) selects with ids above {@code afterId}: one page in id order. */
    private List<Row> page(String condition, Map<String, ?> parameters, long afterId, int limit) {
        return jdbc.sql(SELECT + " WHERE " + condition + " AND id > :afterId ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .params(parameters)
                .param("afterId", afterId)
                .param("limit", limit)
                .query(GuardedOperationRepository::row)
                .list();
    }

    /** The database's clock, the one that stamps {@code changed_at}: replicas' clocks may differ from it. */
    Instant databaseNow() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .single()
                .toInstant();
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        ExitLevels exits = new ExitLevels(
                Side.valueOf(rs.getString("side")),
                Price.of(rs.getBigDecimal("stop_loss")),
                Price.of(rs.getBigDecimal("take_profit")));
        GuardedOperation operation = new GuardedOperation(
                rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("symbol"), exits, rs.getLong("version"));
        return new Row(operation, OperationStatus.valueOf(rs.getString("status")));
    }
}
