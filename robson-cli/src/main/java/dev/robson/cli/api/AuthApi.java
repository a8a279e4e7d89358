package dev.robson.cli.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** The session endpoints: the only ones that take no bearer token. */
public final class AuthApi {

    private final HttpTransport transport;

    public AuthApi(HttpTransport transport) {
        this.transport = transport;
    }

    public Reply<TokenGrant> login(String username, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        return grant(transport.exchange("POST", "/api/auth/token", Json.write(body), null));
    }

    public Reply<TokenGrant> refresh(String refreshToken) {
        return grant(transport.exchange(
                "POST", "/api/auth/refresh", Json.write(Map.of("refresh_token", refreshToken)), null));
    }

    /** Revokes the session on the server (all its refresh tokens). */
    public void logout(String refreshToken) {
        transport.exchange("POST", "/api/auth/logout", Json.write(Map.of("refresh_token", refreshToken)), null);
    }

    private static Reply<TokenGrant> grant(HttpTransport.Answer answer) {
        return new Reply<>(RobsonApi.read(answer.body(), json -> json.as(TokenGrant.class)), answer.body());
    }
}
