package dev.robson.server.closing;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Side;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every close order, written before it is sent and resolved when its fate is known. */
@Repository
class CloseOrderRepository {

    private final JdbcClient jdbc;

    CloseOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(CloseOrder order, CloseOrderStatus status, int lookups) {}

    int nextAttempt(long operationId) {
        return jdbc.sql("SELECT COALESCE(MAX(attempt), 0) + 1 FROM close_orders WHERE operation_id = :id")
                .param("id", operationId)
                .query(Integer.class)
                .single();
    }

    void insert(CloseOrder order) {
        jdbc.sql("""
                INSERT INTO close_orders (operation_id, tenant_id, attempt, client_order_id, side, quantity, reason,
                                          status, created_at)
                VALUES (:operationId, :tenantId, :attempt, :clientOrderId, :side, :quantity, :reason, :status, :now)""")
                .param("operationId", order.operationId())
                .param("tenantId", order.tenantId())
                .param("attempt", order.attempt())
                .param("clientOrderId", order.clientOrderId())
                .param("side", order.side().name())
                .param("quantity", order.quantity())
                .param("reason", order.reason().name())
                .param("status", CloseOrderStatus.PENDING.name())
                .param("now", utc(order.createdAt()))
                .update();
    }

    void resolve(CloseOrder order, CloseOrderStatus status, Instant now) {
        jdbc.sql("UPDATE close_orders SET status = :status, resolved_at = :now WHERE client_order_id = :id")
                .param("status", status.name())
                .param("now", utc(now))
                .param("id", order.clientOrderId())
                .update();
    }

    /** Counts one more lookup that could not tell; answers how many there have been. */
    int countLookup(CloseOrder order) {
        jdbc.sql("UPDATE close_orders SET lookups = lookups + 1 WHERE client_order_id = :id")
                .param("id", order.clientOrderId())
                .update();
        return jdbc.sql("SELECT lookups FROM close_orders WHERE client_order_id = :id")
                .param("id", order.clientOrderId())
                .query(Integer.class)
                .single();
    }

    Optional<Stored> latest(long tenantId, long operationId, Function<String, Symbol> symbols) {
        return jdbc.sql("""
                SELECT c.attempt, c.side, c.quantity, c.reason, c.status, c.created_at, c.client_order_id, c.lookups,
                       o.symbol
                FROM close_orders c JOIN operations o ON o.id = c.operation_id
                WHERE c.operation_id = :id AND c.tenant_id = :tenantId
                ORDER BY c.attempt DESC FETCH FIRST 1 ROWS ONLY""")
                .param("id", operationId)
                .param("tenantId", tenantId)
                .query((rs, n) -> new Stored(
                        new CloseOrder(
                                tenantId,
                                operationId,
                                rs.getInt("attempt"),
                                symbols.apply(rs.getString("symbol")),
                                Side.valueOf(rs.getString("side")),
                                rs.getBigDecimal("quantity"),
                                CloseReason.valueOf(rs.getString("reason")),
                                rs.getString("client_order_id"),
                                rs.getObject("created_at", OffsetDateTime.class).toInstant()),
                        CloseOrderStatus.valueOf(rs.getString("status")),
                        rs.getInt("lookups")))
                .optional();
    }

    int attempts(long operationId) {
        return jdbc.sql("SELECT COUNT(*) FROM close_orders WHERE operation_id = :id")
                .param("id", operationId)
                .query(Integer.class)
                .single();
    }

    /** Rejections since the last order that was accepted. */
    int rejectionsInARow(long operationId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM close_orders WHERE operation_id = :id AND status = 'REJECTED'
                AND attempt > (SELECT COALESCE(MAX(attempt), 0) FROM close_orders
                               WHERE operation_id = :id AND status <> 'REJECTED')""").param("id", operationId).query(Integer.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
