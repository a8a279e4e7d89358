package dev.robson.server.alerts;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP request of one delivery, in each target kind's own shape: the generic webhook gets
 * the event JSON itself, signed; Telegram, Slack and Discord get one line of text for a person.
 * Every kind carries the delivery key (X-Robson-Delivery), so a receiver that keeps it can
 * drop a retry it already handled.
 */
final class AlertRequests {

    private final JsonMapper json;
    private final Duration timeout;

    AlertRequests(JsonMapper json, Duration timeout) {
        this.json = json;
        this.timeout = timeout;
    }

    HttpRequest request(Destination to, AlertDelivery delivery, Instant now) {
        String body = body(to, delivery);
        HttpRequest.Builder request = HttpRequest.newBuilder(to.url())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Robson-Alerts/1")
                .header("X-Robson-Delivery", delivery.deliveryKey())
                .header("X-Robson-Event", delivery.event())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (to.kind() == TargetKind.WEBHOOK) {
            long timestamp = now.getEpochSecond();
            request.header("X-Robson-Timestamp", Long.toString(timestamp));
            if (to.secret() != null) {
                request.header("X-Robson-Signature", WebhookSignature.sign(to.secret(), timestamp, body));
            }
        }
        return request.build();
    }

    String body(Destination to, AlertDelivery delivery) {
        JsonNode payload = json.readTree(delivery.payload());
        return switch (to.kind()) {
            case WEBHOOK -> {
                ObjectNode envelope = json.createObjectNode()
                        .put("delivery", delivery.deliveryKey())
                        .put("event", delivery.event())
                        .put("text", AlertText.of(delivery.event(), payload));
                envelope.set("data", payload);
                yield json.writeValueAsString(envelope);
            }
            case TELEGRAM ->
                json.writeValueAsString(json.createObjectNode()
                        .put("chat_id", to.chatId())
                        .put("text", AlertText.of(delivery.event(), payload))
                        .put("disable_web_page_preview", true));
            case SLACK ->
                json.writeValueAsString(json.createObjectNode().put("text", AlertText.of(delivery.event(), payload)));
            case DISCORD -> {
                ObjectNode message = json.createObjectNode().put("content", AlertText.of(delivery.event(), payload));
                // Nobody is pinged by what a server writes into the text.
                message.putObject("allowed_mentions").putArray("parse");
                yield json.writeValueAsString(message);
            }
        };
    }
}
