package dev.robson.server.closing;

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

    OperationEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Event(
            Instant occurredAt, String event, @Nullable String detail) {}

    public void record(long clientId, long operationId, Instant at, String event, String detail) {
        jdbc.sql("""
                INSERT INTO operation_events (operation_id, client_id, occurred_at, event, detail)
                VALUES (:operationId, :clientId, :at, :event, :detail)""")
                .param("operationId", operationId)
                .param("clientId", clientId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("event", event)
                .param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 500)))
                .update();
    }

    public List<Event> of(long clientId, long operationId) {
        return jdbc.sql("""
                SELECT occurred_at, event, detail FROM operation_events
                WHERE client_id = :clientId AND operation_id = :operationId ORDER BY id""")
                .param("clientId", clientId)
                .param("operationId", operationId)
                .query((rs, n) -> new Event(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("event"),
                        rs.getString("detail")))
                .list();
    }
}
