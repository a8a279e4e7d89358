package dev.robson.server.auth;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenants and their users. */
@Repository
public class UserAccountRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    UserAccountRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<UserAccount> findByUsername(String username) {
        return findWhere("username = :key", username);
    }

    Optional<UserAccount> findById(long id) {
        return findWhere("id = :key", id);
    }

    /** The one user the condition names (by its {@code :key}), read the same way whatever it is found by. */
    private Optional<UserAccount> findWhere(String condition, Object key) {
        return jdbc.sql("SELECT id, tenant_id, username, password_hash, enabled FROM users WHERE " + condition)
                .param("key", key)
                .query((rs, n) -> new UserAccount(
                        rs.getLong("id"),
                        rs.getLong("tenant_id"),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    public Optional<Long> findTenantId(String clientName) {
        return jdbc.sql("SELECT id FROM tenants WHERE name = :name")
                .param("name", clientName)
                .query(Long.class)
                .optional();
    }

    boolean tenantExists(long tenantId) {
        return anyWhere("tenants", "id = :key", tenantId);
    }

    public boolean usernameTaken(String username) {
        return anyWhere("users", "username = :key", username);
    }

    /** Whether the table has a row the condition (by its {@code :key}) selects. */
    private boolean anyWhere(String table, String condition, Object key) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + condition)
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long createTenant(String name) {
        jdbc.sql("INSERT INTO tenants (name, created_at) VALUES (:name, :now)")
                .param("name", name)
                .param("now", now())
                .update();
        return findTenantId(name).orElseThrow();
    }

    public long createUser(long tenantId, String username, String passwordHash) {
        jdbc.sql("""
                INSERT INTO users (tenant_id, username, password_hash, enabled, created_at)
                VALUES (:tenantId, :username, :hash, TRUE, :now)""")
                .param("tenantId", tenantId)
                .param("username", username)
                .param("hash", passwordHash)
                .param("now", now())
                .update();
        return findByUsername(username).orElseThrow().id();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
