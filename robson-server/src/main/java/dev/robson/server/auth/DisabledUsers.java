package dev.robson.server.auth;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The users disabled by an operator, re-read every few seconds on each replica. An access token
 * is stateless and lives 15 minutes; checking it against this set on every request makes
 * {@code admin disable-user} effective everywhere within one refresh, without a database read per
 * request (the price endpoint is polled every second by every dashboard).
 */
@Component
public class DisabledUsers {

    private static final Logger log = LoggerFactory.getLogger(DisabledUsers.class);

    private final UserAccess access;
    private volatile Set<String> disabled = Set.of();

    DisabledUsers(UserAccess access) {
        this.access = access;
        refresh();
    }

    /** Whether the token's user has been disabled. */
    public boolean includes(long tenantId, String username) {
        return disabled.contains(UserAccess.key(tenantId, username));
    }

    /** Re-reads the disabled users; a failed read keeps the last known set rather than forgetting it. */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    public void refresh() {
        try {
            disabled = Set.copyOf(access.disabled());
        } catch (RuntimeException failed) {
            log.warn(
                    "Could not re-read the disabled users ({}); keeping the last known set",
                    failed.getClass().getSimpleName());
        }
    }
}
