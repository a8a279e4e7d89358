package dev.robson.server.alerts;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored target as the server keeps it: its secrets still sealed. {@code destination} is what
 * may be shown (a host, a chat), never a secret.
 */
record AlertTarget(
        long id,
        long tenantId,
        TargetKind kind,
        String name,
        List<String> events,
        String destination,
        @Nullable String urlSealed,
        @Nullable String secretSealed,
        @Nullable String chatId,
        boolean enabled,
        Instant createdAt,
        @Nullable Instant failingSince,
        @Nullable Instant lastSuccessAt,
        @Nullable String lastFailure) {

    boolean wants(String event) {
        return enabled && events.contains(event);
    }
}
