package dev.robson.cli.api;

/** One delivery in a target's log ({@code /api/alerts/targets/{id}/deliveries/}). */
public record AlertDelivery(
        long id,
        String deliveryKey,
        String event,
        String status,
        long attempts,
        @Nullable String createdAt,
        @Nullable String nextAttemptAt,
        @Nullable Long lastStatus,
        @Nullable String lastError) {}
