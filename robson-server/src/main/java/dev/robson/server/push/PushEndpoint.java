package dev.robson.server.push;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/stream}: plain WebSocket, one JSON object per message. The client proves who it is
 * with its first message, {@code {"type":"auth","token":"<access token>"}} (never in the URL,
 * where proxies and logs would keep it), and repeats it with each refreshed token; then it
 * subscribes to channels. See docs/push.md for the whole protocol.
 */
@Component
final class PushEndpoint extends TextWebSocketHandler {

    /** Tomcat's own bound on a message, past which it closes with 1009 before we see it. */
    private static final int CONTAINER_LIMIT = 64 * 1024;

    private final PushHub hub;
    private final Frames frames;
    private final PushProperties settings;
    private final Map<String, PushConnection> bySession = new ConcurrentHashMap<>();

    PushEndpoint(PushHub hub, Frames frames, PushProperties settings) {
        this.hub = hub;
        this.frames = frames;
        this.settings = settings;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(Math.max(CONTAINER_LIMIT, settings.maxMessageBytes()));
        PushConnection connection = new PushConnection(session, settings.sendQueue(), settings.messagesPerSecond());
        bySession.put(session.getId(), connection);
        if (!hub.open(connection)) {
            connection.fail(frames.unavailable(), CloseCodes.UNAVAILABLE);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        PushConnection connection = bySession.get(session.getId());
        if (connection == null || !connection.open()) {
            return;
        }
        connection.heard();
        if (!connection.allowMessage()) {
            connection.fail(
                    frames.error(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "too_many_messages",
                            "At most " + settings.messagesPerSecond() + " messages a second."),
                    CloseCodes.LIMIT);
            return;
        }
        if (message.getPayloadLength() > settings.maxMessageBytes()) {
            connection.fail(
                    frames.error(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "message_too_large",
                            "A message is at most " + settings.maxMessageBytes() + " bytes."),
                    CloseStatus.TOO_BIG_TO_PROCESS);
            return;
        }
        JsonNode request;
        try {
            request = frames.parse(message.getPayload());
        } catch (JacksonException malformed) {
            request = null;
        }
        if (request == null || !request.isObject() || !request.path("type").isString()) {
            connection.fail(
                    frames.error(
                            HttpStatus.BAD_REQUEST,
                            "invalid_message",
                            "Each message is a JSON object with a \"type\"."),
                    CloseCodes.INVALID_MESSAGE);
            return;
        }
        String type = request.path("type").asString();
        switch (type) {
            case "auth" -> hub.authenticate(connection, text(request, "token"));
            case "ping" -> connection.send(frames.pong());
            case "subscribe", "unsubscribe" -> {
                if (!connection.authenticated()) {
                    connection.fail(
                            frames.error(
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "Send {\"type\":\"auth\",\"token\":...} first."),
                            CloseCodes.UNAUTHENTICATED);
                } else if ("subscribe".equals(type)) {
                    hub.subscribe(connection, text(request, "channel"), after(request));
                } else {
                    hub.unsubscribe(connection, text(request, "channel"));
                }
            }
            default ->
                connection.send(frames.error(
                        HttpStatus.BAD_REQUEST,
                        "unknown_type",
                        "Message types are auth, subscribe, unsubscribe and ping."));
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        PushConnection connection = bySession.get(session.getId());
        if (connection != null) {
            connection.heard();
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        ended(session);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        ended(session);
    }

    /** A transport error and a close both end the connection; whichever comes first releases it. */
    private void ended(WebSocketSession session) {
        PushConnection connection = bySession.remove(session.getId());
        if (connection != null) {
            hub.closed(connection);
        }
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static Long after(JsonNode request) {
        JsonNode value = request.get("after");
        return value != null && value.canConvertToLong() && value.isIntegralNumber() && value.asLong() >= 0
                ? value.asLong()
                : null;
    }
}
