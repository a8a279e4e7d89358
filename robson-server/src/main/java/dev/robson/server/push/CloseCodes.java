package dev.robson.server.push;

import org.springframework.web.socket.CloseStatus;

/**
 * How the server ends a push connection, in the private range 4000–4999 where no WebSocket code
 * fits; each mirrors the HTTP status a request would have got. 1013 (try again later) means
 * push is unavailable for now: poll, and reconnect with backoff.
 */
final class CloseCodes {

    static final CloseStatus INVALID_MESSAGE = new CloseStatus(4400, "invalid message");
    static final CloseStatus UNAUTHENTICATED = new CloseStatus(4401, "not authenticated");
    static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4401, "token expired");
    static final CloseStatus AUTH_TIMEOUT = new CloseStatus(4408, "no auth message in time");
    static final CloseStatus LIMIT = new CloseStatus(4429, "limit exceeded");
    static final CloseStatus TOO_SLOW = new CloseStatus(4429, "client too slow");
    static final CloseStatus SILENT = new CloseStatus(4408, "no heartbeat");
    static final CloseStatus UNAVAILABLE = new CloseStatus(1013, "push unavailable, poll");
    static final CloseStatus SHUTTING_DOWN = new CloseStatus(1001, "server shutting down");

    private CloseCodes() {}
}
