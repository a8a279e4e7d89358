package dev.robson.server.alerts;

import static dev.robson.server.alerts.AlertTargets.at;
import static dev.robson.server.alerts.AlertTargets.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The delivery log, which is also the alerts' own outbox: a row per event and target, written
 * once (the event and target pair is unique, so an event handed over again adds nothing), then
 * claimed by one sender at a time with a lease, and updated with each attempt.
 */
final class AlertDeliveries {

    private static final String COLUMNS = """
            id, tenant_id, target_id, event_id, delivery_key, event, payload, status, attempts, created_at,
            next_attempt_at, last_attempt_at, delivered_at, last_status, last_error""";

    private final JdbcClient jdbc;

    AlertDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The idempotency key of an event's delivery to a target: the same however often it is sent. */
    static String key(long targetId, long eventId) {
        return "evt-" + eventId + "-tgt-" + targetId;
    }

    /**
     * Writes the delivery of an event to a target unless it exists, already claimed by
     * {@code claim} for {@code lease} so the replica that wrote it sends it the moment the write
     * commits, with no claim round in between; true when written. A replica that dies before
     * sending leaves the claim to expire, and any sender's round takes the delivery then.
     */
    boolean add(
            long tenantId,
            long targetId,
            long eventId,
            String event,
            String payload,
            Instant now,
            String claim,
            Duration lease) {
        return jdbc.sql("""
                        INSERT INTO alert_deliveries (tenant_id, target_id, event_id, delivery_key, event, payload,
                                                      status, attempts, created_at, next_attempt_at, claimed_by,
                                                      claimed_until)
                        SELECT :tenantId, :targetId, :eventId, :key, :event, :payload, 'PENDING', 0, :now, :now,
                               :claim, :until
                        WHERE NOT EXISTS (SELECT 1 FROM alert_deliveries WHERE target_id = :targetId
                                                                           AND event_id = :eventId)""")
                        .param("tenantId", tenantId)
                        .param("targetId", targetId)
                        .param("eventId", eventId)
                        .param("key", key(targetId, eventId))
                        .param("event", event)
                        .param("payload", payload)
                        .param("now", at(now))
                        .param("claim", claim)
                        .param("until", at(now.plus(lease)))
                        .update()
                > 0;
    }

    /** The pending deliveries one claim holds (written by {@link #add}, or claimed by {@link #claim}). */
    List<AlertDelivery> claimedBy(String claim) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM alert_deliveries WHERE claimed_by = :claim AND status = 'PENDING' ORDER BY id")
                .param("claim", claim)
                .query((rs, n) -> delivery(rs))
                .list();
    }

    /** A test delivery, sent at once by whoever asked for it: written already claimed by them. */
    AlertDelivery addTest(long tenantId, long targetId, String payload, Instant now, Duration lease) {
        String key = "test-" + UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO alert_deliveries (tenant_id, target_id, event_id, delivery_key, event, payload, status,
                                              attempts, created_at, next_attempt_at, claimed_by, claimed_until)
                VALUES (:tenantId, :targetId, NULL, :key, :event, :payload, 'PENDING', 0, :now, :now, :key, :until)""")
                .param("tenantId", tenantId)
                .param("targetId", targetId)
                .param("key", key)
                .param("event", AlertEvents.TEST)
                .param("payload", payload)
                .param("now", at(now))
                .param("until", at(now.plus(lease)))
                .update();
        return byKey(key);
    }

    /** Claims up to {@code limit} due deliveries for {@code lease}. */
    List<AlertDelivery> claim(int limit, Duration lease, Instant now) {
        String token = UUID.randomUUID().toString();
        jdbc.sql("""
                UPDATE alert_deliveries SET claimed_by = :token, claimed_until = :until
                WHERE id IN (SELECT id FROM alert_deliveries
                             WHERE status = 'PENDING' AND next_attempt_at <= :now
                               AND (claimed_until IS NULL OR claimed_until < :now)
                             ORDER BY next_attempt_at, id LIMIT :limit)
                  AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)""")
                .param("token", token)
                .param("until", at(now.plus(lease)))
                .param("now", at(now))
                .param("limit", limit)
                .update();
        return claimedBy(token);
    }

    /** Gives back claims a stopping replica still holds, so the next one need not wait for the lease. */
    void release(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE alert_deliveries SET claimed_until = NULL WHERE id IN (:ids) AND status = 'PENDING'")
                .param("ids", List.copyOf(ids))
                .update();
    }

    void delivered(long id, int status, Instant at) {
        jdbc.sql("""
                UPDATE alert_deliveries SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = :at,
                       delivered_at = :at, last_status = :status, last_error = NULL, claimed_until = NULL
                WHERE id = :id""")
                .param("at", at(at))
                .param("status", status)
                .param("id", id)
                .update();
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up (FAILED) when that is null. */
    void failed(long id, @Nullable Integer status, String why, Instant at, @Nullable Instant retryAt) {
        jdbc.sql("""
                UPDATE alert_deliveries SET status = :next, attempts = attempts + 1, last_attempt_at = :at,
                       next_attempt_at = COALESCE(:retryAt, next_attempt_at), last_status = :status,
                       last_error = :why, claimed_until = NULL
                WHERE id = :id""")
                .param("next", retryAt == null ? AlertDelivery.FAILED : AlertDelivery.PENDING)
                .param("at", at(at))
                .param("retryAt", at(retryAt))
                .param("status", status)
                .param("why", why.length() <= 300 ? why : why.substring(0, 299) + "…")
                .param("id", id)
                .update();
    }

    List<AlertDelivery> of(long tenantId, long targetId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM alert_deliveries WHERE tenant_id = :tenantId AND target_id = :targetId
                        ORDER BY id DESC LIMIT :limit""")
                .param("tenantId", tenantId)
                .param("targetId", targetId)
                .param("limit", limit)
                .query((rs, n) -> delivery(rs))
                .list();
    }

    AlertDelivery byKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_deliveries WHERE delivery_key = :key")
                .param("key", key)
                .query((rs, n) -> delivery(rs))
                .single();
    }

    AlertDelivery byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_deliveries WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> delivery(rs))
                .single();
    }

    private static AlertDelivery delivery(ResultSet rs) throws SQLException {
        long eventId = rs.getLong("event_id");
        Long event = rs.wasNull() ? null : eventId;
        int status = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : status;
        return new AlertDelivery(
                rs.getLong("id"),
                rs.getLong("tenant_id"),
                rs.getLong("target_id"),
                event,
                rs.getString("delivery_key"),
                rs.getString("event"),
                rs.getString("payload"),
                rs.getString("status"),
                rs.getInt("attempts"),
                instant(rs, "created_at"),
                instant(rs, "next_attempt_at"),
                instant(rs, "last_attempt_at"),
                instant(rs, "delivered_at"),
                lastStatus,
                rs.getString("last_error"));
    }
}
