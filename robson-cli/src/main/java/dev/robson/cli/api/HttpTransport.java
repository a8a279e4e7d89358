package dev.robson.cli.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP to one Robson server: JSON in and out, and every failure turned into an
 * {@link ApiFailure} carrying the server's problem {@code code} and {@code detail}.
 */
public final class HttpTransport implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    /** Far above any real answer (a month of 5-minute candles is about 2 MB); a hostile server's 300 MB is not read. */
    static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    private final URI server;
    private final HttpClient client;

    /** @param server scheme, host, port and an optional path prefix, without a trailing slash */
    public HttpTransport(URI server) {
        this(server, clientFor(server));
    }

    HttpTransport(URI server, HttpClient client) {
        this.server = server;
        this.client = client;
    }

    private static HttpClient clientFor(URI server) {
        // HTTP/1.1 only: an h2c upgrade offer costs a round of headers and buys nothing here.
        HttpClient.Builder client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
        if ("http".equals(server.getScheme())) {
            client.sslContext(NoTls.CONTEXT);
        }
        return client.build();
    }

    public URI server() {
        return server;
    }

    /**
     * Stops the client's selector thread. A JVM waits about 300 ms at exit for threads in
     * native code, and that thread sits in epoll_wait: without this every command would end
     * a third of a second after it printed its answer.
     */
    @Override
    public void close() {
        client.shutdownNow();
        try {
            client.awaitTermination(Duration.ofMillis(500));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The status and body of an answer that was 2xx. */
    record Answer(int status, String body) {}

    /**
     * Sends one request. A 2xx comes back as an {@link Answer}; anything else throws.
     *
     * @param bearer the access token, or null for the session endpoints
     * @throws Cancelled when the thread was interrupted (Ctrl-C during {@code --watch})
     */
    Answer exchange(String method, String path, String jsonBody, String bearer) {
        return exchange(method, path, jsonBody, bearer, Map.of());
    }

    /** @param headers added to the request as given (an Idempotency-Key, say) */
    Answer exchange(String method, String path, String jsonBody, String bearer, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", "robson-cli");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<InputStream> response;
        String body;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            body = bounded(response.body());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } catch (HttpConnectTimeoutException | ConnectException refused) {
            throw ApiFailure.of(
                    ApiFailure.Kind.UNREACHABLE, "cannot connect to " + server + " (" + reason(refused) + ")");
        } catch (HttpTimeoutException slow) {
            throw ApiFailure.of(
                    ApiFailure.Kind.UNREACHABLE,
                    "no answer from " + server + " within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException broken) {
            if (broken instanceof InterruptedIOException || broken.getCause() instanceof InterruptedException) {
                // Interrupted while the answer was read: the same Ctrl-C, not a broken server.
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
            throw ApiFailure.of(ApiFailure.Kind.UNREACHABLE, "cannot reach " + server + " (" + reason(broken) + ")");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Answer(status, body);
        }
        throw failure(status, body, response.headers().firstValue("Retry-After"));
    }

    /** The answer's text, refused past {@link #MAX_ANSWER_BYTES} without reading the rest. */
    private static String bounded(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (bytes.length > MAX_ANSWER_BYTES) {
                throw ApiFailure.of(
                        ApiFailure.Kind.SERVER_ERROR,
                        "the server's answer is larger than " + MAX_ANSWER_BYTES / (1024 * 1024) + " MB; not read");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String reason(Throwable failure) {
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        Throwable cause = failure;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** Reads the problem+json body when there is one; a proxy's HTML page still yields a useful line. */
    static ApiFailure failure(int status, String body, Optional<String> retryAfter) {
        String code = null;
        String detail = null;
        List<ApiFailure.FieldError> fieldErrors = new ArrayList<>();
        try {
            JsonObject problem = Json.parseObject(body);
            code = problem.optionalText("code").orElse(null);
            detail = problem.optionalText("detail")
                    .or(() -> problem.optionalText("title"))
                    .orElse(null);
            for (JsonObject error : problem.objects("errors")) {
                fieldErrors.add(new ApiFailure.FieldError(
                        error.optionalText("field").orElse("?"),
                        error.optionalText("message").orElse("is invalid")));
            }
        } catch (RuntimeException notAProblem) {
            // Not problem+json: keep the status alone.
        }
        if (detail == null || detail.isBlank()) {
            detail = "HTTP " + status;
        }
        Long retryAfterSeconds = retryAfter.flatMap(HttpTransport::seconds).orElse(null);
        return new ApiFailure(kindOf(status), status, code, detail, fieldErrors, retryAfterSeconds);
    }

    private static Optional<Long> seconds(String retryAfter) {
        try {
            return Optional.of(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }

    private static ApiFailure.Kind kindOf(int status) {
        return switch (status) {
            case 401, 403 -> ApiFailure.Kind.UNAUTHORIZED;
            case 404 -> ApiFailure.Kind.NOT_FOUND;
            case 409, 422 -> ApiFailure.Kind.REJECTED;
            case 429 -> ApiFailure.Kind.RATE_LIMITED;
            default -> status >= 400 && status < 500 ? ApiFailure.Kind.BAD_REQUEST : ApiFailure.Kind.SERVER_ERROR;
        };
    }

    /** The request was abandoned because the user asked to stop. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
