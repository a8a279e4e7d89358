package dev.robson.server.alerts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One delivery in a target's log. {@code delivery_key} is what the receiver got as
 * X-Robson-Delivery (the same on every attempt); {@code status} PENDING (retrying at
 * {@code next_attempt_at}), DELIVERED or FAILED (given up).
 */
public record DeliveryView(
        long id,
        String deliveryKey,
        String event,
        @Nullable Long eventId,
        String status,
        int attempts,
        Instant createdAt,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant deliveredAt,
        @Nullable Integer lastStatus,
        @Nullable String lastError) {

    static DeliveryView of(AlertDelivery delivery) {
        return new DeliveryView(
                delivery.id(),
                delivery.deliveryKey(),
                delivery.event(),
                delivery.eventId(),
                delivery.status(),
                delivery.attempts(),
                delivery.createdAt(),
                AlertDelivery.PENDING.equals(delivery.status()) ? delivery.nextAttemptAt() : null,
                delivery.lastAttemptAt(),
                delivery.deliveredAt(),
                delivery.lastStatus(),
                delivery.lastError());
    }
}
