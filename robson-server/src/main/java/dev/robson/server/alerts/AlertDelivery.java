package dev.robson.server.alerts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One alert to one target, as the delivery log keeps it. */
record AlertDelivery(
        long id,
        long tenantId,
        long targetId,
        @Nullable Long eventId,
        String deliveryKey,
        String event,
        String payload,
        String status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant deliveredAt,
        @Nullable Integer lastStatus,
        @Nullable String lastError) {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";
}
