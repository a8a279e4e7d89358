package dev.robson.server.planning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each tenant's confirmation Idempotency-Keys with the answer each got. Claimed under the
 * tenant's row lock, so two confirmations with one key cannot both pass as the first.
 */
@Repository
class ConfirmationKeyRepository {

    /**
     * @param responseStatus null while the confirmation that claimed the key is still running
     * @param responseBody   the answer's JSON: the plan, or the problem's code and detail
     */
    record Claimed(long operationId, Integer responseStatus, String responseBody) {}

    private final JdbcClient jdbc;

    ConfirmationKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Claimed> find(long tenantId, String key) {
        return jdbc.sql("""
                SELECT operation_id, response_status, response_body FROM confirmation_keys
                WHERE tenant_id = :tenantId AND idempotency_key = :key""")
                .param("tenantId", tenantId)
                .param("key", key)
                .query((rs, n) -> new Claimed(
                        rs.getLong("operation_id"),
                        (Integer) rs.getObject("response_status", Integer.class),
                        rs.getString("response_body")))
                .optional();
    }

    void claim(long tenantId, String key, long operationId, Instant now) {
        jdbc.sql("""
                INSERT INTO confirmation_keys (tenant_id, idempotency_key, operation_id, created_at)
                VALUES (:tenantId, :key, :operationId, :now)""")
                .param("tenantId", tenantId)
                .param("key", key)
                .param("operationId", operationId)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    void answer(long tenantId, String key, int status, String body) {
        jdbc.sql("""
                UPDATE confirmation_keys SET response_status = :status, response_body = :body
                WHERE tenant_id = :tenantId AND idempotency_key = :key""")
                .param("status", status)
                .param("body", body)
                .param("tenantId", tenantId)
                .param("key", key)
                .update();
    }
}
