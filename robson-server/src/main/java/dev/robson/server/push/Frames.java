package dev.robson.server.push;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server's frames on the stream, each a JSON object with a {@code type}. Data frames carry
 * in {@code data} exactly what the matching REST endpoint answers, written by the same mapper,
 * so a client keeps one parser and one cache entry per resource whichever way it arrived.
 */
final class Frames {

    private final JsonMapper json;

    Frames(JsonMapper json) {
        this.json = json;
    }

    /** Problem-like, as an error response body would be: status, stable code, title, detail. */
    String error(HttpStatus status, String code, String detail) {
        ObjectNode frame = json.createObjectNode()
                .put("type", "error")
                .put("status", status.value())
                .put("code", code)
                .put("title", status.getReasonPhrase())
                .put("detail", detail);
        return write(frame);
    }

    /** This replica takes no push clients now (its bus is away, or it is stopping): poll and come back. */
    String unavailable() {
        return error(
                HttpStatus.SERVICE_UNAVAILABLE,
                "push_unavailable",
                "Live updates are unavailable for now; poll and reconnect later.");
    }

    /** @param lastEventId the tenant's newest event now: a client that reconnects later asks for what came after */
    String ready(String username, Instant expiresAt, long lastEventId, PushProperties limits) {
        ObjectNode frame = json.createObjectNode()
                .put("type", "ready")
                .put("username", username)
                .put("expires_at", expiresAt.getEpochSecond())
                .put("closes_at", expiresAt.plus(limits.expiryGrace()).getEpochSecond())
                .put("last_event_id", lastEventId);
        frame.putObject("limits")
                .put("max_subscriptions", limits.maxSubscriptions())
                .put("max_message_bytes", limits.maxMessageBytes())
                .put("messages_per_second", limits.messagesPerSecond())
                .put("heartbeat_seconds", limits.heartbeat().toSeconds());
        return write(frame);
    }

    String subscribed(String channel) {
        return write(json.createObjectNode().put("type", "subscribed").put("channel", channel));
    }

    String unsubscribed(String channel) {
        return write(json.createObjectNode().put("type", "unsubscribed").put("channel", channel));
    }

    String pong() {
        return write(json.createObjectNode().put("type", "pong"));
    }

    /** A data frame: {@code type}, {@code channel} and the resource as its endpoint answers it. */
    String data(String type, String channel, Object resource) {
        return data(type, channel, json.valueToTree(resource));
    }

    String data(String type, String channel, JsonNode resource) {
        ObjectNode frame = json.createObjectNode().put("type", type).put("channel", channel);
        frame.set("data", resource);
        return write(frame);
    }

    JsonNode tree(Object resource) {
        return json.valueToTree(resource);
    }

    JsonNode parse(String text) {
        return json.readTree(text);
    }

    private String write(JsonNode node) {
        return json.writeValueAsString(node);
    }
}
