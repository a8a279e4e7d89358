package dev.robson.server.auth;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a user may still act. Disabling one refuses their logins and refreshes at once (both
 * read {@code users.enabled}) and revokes every refresh token they hold; their access tokens,
 * which are stateless, are refused by {@link DisabledUsers} on every replica within its refresh.
 */
@Service
public class UserAccess {

    private final JdbcClient jdbc;
    private final Clock clock;

    UserAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Disables the tenant's user and ends their sessions; false when there is no such user. */
    @Transactional
    public boolean disable(long tenantId, String username) {
        if (!setEnabled(tenantId, username, false)) {
            return false;
        }
        jdbc.sql("""
                UPDATE refresh_tokens SET revoked_at = :now
                WHERE revoked_at IS NULL
                  AND user_id = (SELECT id FROM users WHERE tenant_id = :tenantId AND username = :username)""")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("tenantId", tenantId)
                .param("username", username)
                .update();
        return true;
    }

    /** Lets the user log in again; their old sessions stay ended. False when there is no such user. */
    @Transactional
    public boolean enable(long tenantId, String username) {
        return setEnabled(tenantId, username, true);
    }

    /** Every disabled user, as {@code tenantId:username}. */
    Set<String> disabled() {
        return new HashSet<>(jdbc.sql("SELECT tenant_id, username FROM users WHERE enabled = FALSE")
                .query((rs, n) -> key(rs.getLong("tenant_id"), rs.getString("username")))
                .list());
    }

    static String key(long tenantId, String username) {
        return tenantId + ":" + username;
    }

    private boolean setEnabled(long tenantId, String username, boolean enabled) {
        return jdbc.sql("UPDATE users SET enabled = :enabled WHERE tenant_id = :tenantId AND username = :username")
                        .param("enabled", enabled)
                        .param("tenantId", tenantId)
                        .param("username", username)
                        .update()
                == 1;
    }
}
