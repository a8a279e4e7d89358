package dev.robson.server.closing;

import dev.robson.server.events.EventOutbox;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail: every state change of an operation, in order. */
@Repository
public class OperationEventLog {

    private final JdbcClient jdbc;
    private final EventOutbox outbox;

    OperationEventLog(JdbcClient jdbc, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    public record Event(
            Instant occurredAt, String event, @Nullable String detail) {}

    public void record(long tenantId, long operationId, Instant at, OperationEventKind event, String detail) {
        jdbc.sql("""
                INSERT INTO operation_events (operation_id, tenant_id, occurred_at, event, detail)
                VALUES (:operationId, :tenantId, :at, :event, :detail)""")
                .param("operationId", operationId)
                .param("tenantId", tenantId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("event", event.name())
                .param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 500)))
                .update();
        outbox.write(tenantId, operationId, at, event.name(), detail);
    }

    public List<Event> of(long tenantId, long operationId) {
        return jdbc.sql("""
                SELECT occurred_at, event, detail FROM operation_events
                WHERE tenant_id = :tenantId AND operation_id = :operationId ORDER BY id""")
                .param("tenantId", tenantId)
                .param("operationId", operationId)
                .query((rs, n) -> new Event(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("event"),
                        rs.getString("detail")))
                .list();
    }
}
