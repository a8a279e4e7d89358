package dev.robson.server.events;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox of the event flow. {@link #write} runs inside the transaction that changes the
 * operation (the audit trail calls it), so an event exists exactly when its change committed.
 * Relays claim unpublished rows with a lease: the claim is one UPDATE whose condition is checked
 * again on each row it locks, so on PostgreSQL and H2 alike two replicas never hold one row, and
 * a replica that dies holding rows loses them when the lease runs out.
 */
@Repository
public class EventOutbox {

    private static final String COLUMNS = """
            id, tenant_id, operation_number, symbol, event, detail, close_reason, realized_pnl,
            realized_pnl_net, occurred_at""";

    private final JdbcClient jdbc;
    private volatile Runnable afterCommit = () -> {};

    EventOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to do once a transaction that wrote events commits (the relay's wake-up). */
    void onCommit(Runnable wakeUp) {
        this.afterCommit = wakeUp;
    }

    /**
     * Writes one event of an operation, with the operation's number, symbol and close figures as
     * they stand in this transaction.
     */
    public void write(long tenantId, long operationId, Instant at, String event, @Nullable String detail) {
        jdbc.sql("""
                INSERT INTO event_outbox (tenant_id, operation_id, operation_number, symbol, event, detail,
                                          close_reason, realized_pnl, realized_pnl_net, occurred_at)
                SELECT :tenantId, o.id, o.number, o.symbol, :event, :detail, o.close_reason, o.realized_pnl,
                       o.realized_pnl_net, :at
                FROM operations o WHERE o.id = :operationId""")
                .param("tenantId", tenantId)
                .param("operationId", operationId)
                .param("event", event)
                .param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 500)))
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Runnable wakeUp = afterCommit;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUp.run();
                }
            });
        } else {
            afterCommit.run();
        }
    }

    /** A batch claimed by one relay: publish its events, then {@link #published} them. */
    record Claim(String token, List<OperationEvent> events, List<OperationEvent> unhanded) {}

    /** Claims up to {@code limit} unpublished events, oldest first, for {@code lease}. */
    Claim claim(int limit, Duration lease, Instant now) {
        String token = UUID.randomUUID().toString();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int claimed = jdbc.sql("""
                UPDATE event_outbox SET claimed_by = :token, claimed_until = :until
                WHERE id IN (SELECT id FROM event_outbox
                             WHERE published_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)
                             ORDER BY id LIMIT :limit)
                  AND published_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)""")
                .param("token", token)
                .param("until", at.plus(lease))
                .param("now", at)
                .param("limit", limit)
                .update();
        if (claimed == 0) {
            return new Claim(token, List.of(), List.of());
        }
        List<OperationEvent> events = new ArrayList<>();
        List<OperationEvent> unhanded = new ArrayList<>();
        jdbc.sql(
                        "SELECT " + COLUMNS
                                + ", handed_at FROM event_outbox WHERE claimed_by = :token AND published_at IS NULL ORDER BY id")
                .param("token", token)
                .query(rs -> {
                    OperationEvent event = event(rs);
                    events.add(event);
                    if (rs.getObject("handed_at") == null) {
                        unhanded.add(event);
                    }
                });
        return new Claim(token, events, unhanded);
    }

    /** Marks these events of a claim published; a claim that expired meanwhile still counts (at least once). */
    void published(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE event_outbox SET published_at = :at, claimed_until = NULL WHERE id IN (:ids)")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("ids", ids)
                .update();
    }

    /** Notes that the sinks took these events (inside the transaction they took them in). */
    void handed(List<OperationEvent> events, Instant at) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE event_outbox SET handed_at = :at WHERE id IN (:ids)")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("ids", events.stream().map(OperationEvent::id).toList())
                .update();
    }

    /** Gives back what a claim could not publish, so the next round (of any replica) retries it. */
    void release(Claim claim) {
        jdbc.sql("""
                UPDATE event_outbox SET claimed_until = NULL, claimed_by = NULL
                WHERE claimed_by = :token AND published_at IS NULL""").param("token", claim.token()).update();
    }

    /** How many events wait to be published. */
    long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL")
                .query(Long.class)
                .single();
    }

    /**
     * A tenant's events after {@code afterId}, published or still waiting for the bus (a client
     * polling while Redis is away sees them at once), oldest first, at most {@code limit}.
     */
    /** A tenant's events after {@code afterId}, oldest first, at most {@code limit}. */
    public List<OperationEvent> after(long tenantId, long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM event_outbox
                        WHERE tenant_id = :tenantId AND id > :after
                        ORDER BY id LIMIT :limit""")
                .param("tenantId", tenantId)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> event(rs))
                .list();
    }

    /** A tenant's newest published events, oldest first, at most {@code limit}. */
    public List<OperationEvent> latest(long tenantId, int limit) {
        List<OperationEvent> newestFirst = jdbc.sql("SELECT " + COLUMNS + """
                         FROM event_outbox
                        WHERE tenant_id = :tenantId
                        ORDER BY id DESC LIMIT :limit""")
                .param("tenantId", tenantId)
                .param("limit", limit)
                .query((rs, n) -> event(rs))
                .list();
        return newestFirst.reversed();
    }

    /** Forgets published events older than {@code before}: past it, a reconnecting client reads the audit trail. */
    int prune(Instant before) {
        return jdbc.sql("DELETE FROM event_outbox WHERE published_at IS NOT NULL AND published_at < :before")
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .update();
    }

    private static OperationEvent event(ResultSet rs) throws SQLException {
        return new OperationEvent(
                rs.getLong("id"),
                rs.getLong("tenant_id"),
                rs.getLong("operation_number"),
                rs.getString("symbol"),
                rs.getString("event"),
                rs.getString("detail"),
                rs.getString("close_reason"),
                decimal(rs, "realized_pnl"),
                decimal(rs, "realized_pnl_net"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }
}
