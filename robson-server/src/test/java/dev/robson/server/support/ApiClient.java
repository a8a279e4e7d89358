package dev.robson.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the server under test over real HTTP, the way the CLI and the web app do. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Reply(int status, String contentType, String body, HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A POST that carries a cookie instead of a bearer token, as the dashboard sends it. */
    public Reply postWithCookie(String path, String cookie) {
        return postWithCookie(path, cookie, "X-Requested-With", "robson-web");
    }

    /** A cookie-carrying POST with exactly these extra headers, name then value (none: a bare browser form). */
    public Reply postWithCookie(String path, String cookie, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", cookie);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply post(String path, String jsonBody, String token) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    /** A JSON POST with extra headers, name then value: e.g. a proxy's X-Forwarded-For, a browser's Origin. */
    public Reply postWithHeaders(String path, String jsonBody, String... headers) {
        return send(request(path, null)
                .header("Content-Type", "application/json")
                .headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    /** Confirms a planned operation as the CLI does: the bearer token and the Idempotency-Key that makes a retry safe. */
    public Reply confirm(long number, String idempotencyKey, String token) {
        return postWithHeaders(
                "/api/operations/" + number + "/confirm/",
                "",
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                idempotencyKey);
    }

    public Reply patch(String path, String jsonBody, String token) {
        return patchOrPut("PATCH", path, jsonBody, token);
    }

    public Reply patchOrPut(String method, String path, String jsonBody, String token) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** Tracks a position (POST /api/operations/) and answers the operation's number; fails unless it was created. */
    public long track(String jsonBody, String token) {
        Reply reply = post("/api/operations/", jsonBody, token);
        if (reply.status() != 201) {
            throw new AssertionError("tracking answered " + reply.status() + ": " + reply.body());
        }
        return reply.json().get("operation_id").asLong();
    }

    /** The operation with this number as the token's tenant reads it (GET /api/operations/{number}/); fails unless found. */
    public JsonNode operation(long number, String token) {
        Reply reply = get("/api/operations/" + number + "/", token);
        if (reply.status() != 200) {
            throw new AssertionError("operation " + number + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    /** Logs in and returns the access token. */
    public String login(String username, String password) {
        Reply reply =
                post("/api/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.json().get("access_token").asString();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
