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
        return jdbc.sql("""
                SELECT id, client_id, username, password_hash, enabled
                FROM users WHERE username = :username""")
                .param("username", username)
                .query((rs, n) -> new UserAccount(
                        rs.getLong("id"),
                        rs.getLong("client_id"),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("""
                SELECT id, client_id, username, password_hash, enabled
                FROM users WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new UserAccount(
                        rs.getLong("id"),
                        rs.getLong("client_id"),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    public Optional<Long> findClientId(String clientName) {
        return jdbc.sql("SELECT id FROM clients WHERE name = :name")
                .param("name", clientName)
                .query(Long.class)
                .optional();
    }

    boolean clientExists(long clientId) {
        return jdbc.sql("SELECT COUNT(*) FROM clients WHERE id = :id")
                        .param("id", clientId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long createClient(String name) {
        jdbc.sql("INSERT INTO clients (name, created_at) VALUES (:name, :now)")
                .param("name", name)
                .param("now", now())
                .update();
        return findClientId(name).orElseThrow();
    }

    public long createUser(long clientId, String username, String passwordHash) {
        jdbc.sql("""
                INSERT INTO users (client_id, username, password_hash, enabled, created_at)
                VALUES (:clientId, :username, :hash, TRUE, :now)""")
                .param("clientId", clientId)
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
