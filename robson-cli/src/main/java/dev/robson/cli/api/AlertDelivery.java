package dev.robson.cli.api;

/** One delivery in a target's log ({@code /api/alerts/targets/{id}/deliveries/}). */
public record AlertDelivery(
        long id,
        String deliveryKey,
        String event,
        String status,
        long attempts,
        String createdAt,
        String nextAttemptAt,
        Long lastStatus,
        String lastError) {

    static AlertDelivery from(JsonObject json) {
        return new AlertDelivery(
                json.whole("id"),
                json.text("delivery_key"),
                json.text("event"),
                json.text("status"),
                json.whole("attempts"),
                json.optionalText("created_at").orElse(null),
                json.optionalText("next_attempt_at").orElse(null),
                json.fields().get("last_status") == null ? null : json.whole("last_status"),
                json.optionalText("last_error").orElse(null));
    }
}
