package dev.robson.server.alerts;

import dev.robson.server.credentials.SecretBox;
import dev.robson.server.problem.ApiProblem;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Tenants' alert targets. Secrets (the webhook URL, its signing secret, a bot token) are sealed
 * with the master key, bound to the tenant, before they are written; without a master key no
 * target can be stored (503), as with exchange keys. Every query names the tenant: another
 * tenant's target is a missing one.
 */
final class AlertTargets {

    private static final String COLUMNS = """
            id, tenant_id, kind, name, events, destination, url_sealed, secret_sealed, chat_id, enabled,
            created_at, failing_since, last_success_at, last_failure""";

    private final JdbcClient jdbc;
    private final Optional<SecretBox> box;

    AlertTargets(JdbcClient jdbc, Optional<SecretBox> box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    /** A target to create: what it is, with its secrets in the clear for the last time. */
    record NewTarget(
            TargetKind kind,
            String name,
            List<String> events,
            String destination,
            @Nullable String url,
            @Nullable String secret,
            @Nullable String chatId) {

        @Override
        public String toString() {
            return "NewTarget[" + kind + " " + name + "]";
        }
    }

    AlertTarget create(long tenantId, NewTarget target, Instant now) {
        SecretBox sealer = requireBox();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO alert_targets (tenant_id, kind, name, events, destination, url_sealed, secret_sealed,
                                           chat_id, enabled, created_at)
                VALUES (:tenantId, :kind, :name, :events, :destination, :url, :secret, :chatId, TRUE, :now)""")
                .param("tenantId", tenantId)
                .param("kind", target.kind().name())
                .param("name", target.name())
                .param("events", AlertEvents.stored(target.events()))
                .param("destination", target.destination())
                .param("url", target.url() == null ? null : sealer.seal(target.url(), tenantId))
                .param("secret", target.secret() == null ? null : sealer.seal(target.secret(), tenantId))
                .param("chatId", target.chatId())
                .param("now", at(now))
                .update(keys, "id");
        return find(tenantId, keys.getKey().longValue()).orElseThrow();
    }

    int count(long tenantId) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_targets WHERE tenant_id = :tenantId")
                .param("tenantId", tenantId)
                .query(Integer.class)
                .single();
    }

    List<AlertTarget> of(long tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_targets WHERE tenant_id = :tenantId ORDER BY id")
                .param("tenantId", tenantId)
                .query((rs, n) -> target(rs))
                .list();
    }

    Optional<AlertTarget> find(long tenantId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_targets WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId)
                .param("id", id)
                .query((rs, n) -> target(rs))
                .optional();
    }

    void change(
            long tenantId, long id, @Nullable String name, @Nullable List<String> events, @Nullable Boolean enabled) {
        jdbc.sql("""
                UPDATE alert_targets SET name = COALESCE(:name, name), events = COALESCE(:events, events),
                                         enabled = COALESCE(:enabled, enabled)
                WHERE tenant_id = :tenantId AND id = :id""")
                .param("name", name)
                .param("events", events == null ? null : AlertEvents.stored(events))
                .param("enabled", enabled)
                .param("tenantId", tenantId)
                .param("id", id)
                .update();
    }

    boolean remove(long tenantId, long id) {
        return jdbc.sql("DELETE FROM alert_targets WHERE tenant_id = :tenantId AND id = :id")
                        .param("tenantId", tenantId)
                        .param("id", id)
                        .update()
                > 0;
    }

    /** The target's secrets opened, for one send. */
    Destination open(AlertTarget target, String telegramBaseUrl) {
        SecretBox opener = requireBox();
        String secret = target.secretSealed() == null ? null : opener.open(target.secretSealed(), target.tenantId());
        URI url = switch (target.kind()) {
            case TELEGRAM -> URI.create(telegramBaseUrl.replaceAll("/+$", "") + "/bot" + secret + "/sendMessage");
            default -> URI.create(opener.open(target.urlSealed(), target.tenantId()));
        };
        return new Destination(target.id(), target.kind(), target.name(), url, secret, target.chatId());
    }

    void succeeded(long targetId, Instant at) {
        jdbc.sql("""
                UPDATE alert_targets SET failing_since = NULL, last_failure = NULL, last_success_at = :at
                WHERE id = :id""").param("at", at(at)).param("id", targetId).update();
    }

    void failed(long targetId, Instant at, String why) {
        jdbc.sql("""
                UPDATE alert_targets SET failing_since = COALESCE(failing_since, :at), last_failure = :why
                WHERE id = :id""")
                .param("at", at(at))
                .param("why", why.length() <= 300 ? why : why.substring(0, 299) + "…")
                .param("id", targetId)
                .update();
    }

    /** A 503 problem when this server cannot seal secrets (no master key). */
    void requireSealing() {
        requireBox();
    }

    private SecretBox requireBox() {
        return box.orElseThrow(() -> new ApiProblem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "alerts_unavailable",
                "This server has no ROBSON_MASTER_KEY, so it cannot keep alert targets' secrets."));
    }

    private static AlertTarget target(ResultSet rs) throws SQLException {
        return new AlertTarget(
                rs.getLong("id"),
                rs.getLong("tenant_id"),
                TargetKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                AlertEvents.parse(rs.getString("events")),
                rs.getString("destination"),
                rs.getString("url_sealed"),
                rs.getString("secret_sealed"),
                rs.getString("chat_id"),
                rs.getBoolean("enabled"),
                instant(rs, "created_at"),
                instant(rs, "failing_since"),
                instant(rs, "last_success_at"),
                rs.getString("last_failure"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
