package dev.robson.server.exchange.binance;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one request and turns every way it can end into a JSON answer or a {@link BinanceException}:
 * honours bans before sending, records the weight after, and reports the call to the listener.
 */
final class BinanceTransport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Binance's "Timeout waiting for response from backend server": the order may or may not exist. */
    static final int BACKEND_TIMEOUT = -1007;
    /** Binance's "An unexpected response was received from the message bus. Execution status unknown." */
    static final int UNEXPECTED_RESPONSE = -1006;

    private static final int MAX_REASON_LENGTH = 200;

    private final String baseUrl;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final RequestWeight weight;
    private final BinanceCallListener listener;

    BinanceTransport(BinanceSettings settings, HttpClient http, RequestWeight weight, BinanceCallListener listener) {
        String base = settings.baseUrl().toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.requestTimeout = settings.requestTimeout();
        this.http = http;
        this.weight = weight;
        this.listener = listener;
    }

    JsonNode exchange(BinanceCall call) {
        weight.refuseIfBanned(call.endpoint());
        weight.admit(call.endpoint());
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = send(request(call));
        } catch (Unanswered unanswered) {
            report(call, 0, started, null);
            throw unanswered.toException(call, requestTimeout);
        }
        Integer used = weight.record(response.headers());
        report(call, response.statusCode(), started, used);
        return answer(call, response);
    }

    private HttpRequest request(BinanceCall call) {
        boolean post = "POST".equals(call.method());
        String query = !post && !call.params().isEmpty() ? "?" + call.params() : "";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + call.path() + query))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        if (call.apiKey() != null) {
            request.header("X-MBX-APIKEY", call.apiKey());
        }
        if (post) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(call.params(), StandardCharsets.UTF_8));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return request.build();
    }

    /**
     * HttpRequest.timeout bounds the wait for the response headers only; waiting on the future
     * as well bounds a body that trickles in.
     */
    private HttpResponse<String> send(HttpRequest request) throws Unanswered {
        CompletableFuture<HttpResponse<String>> pending =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return pending.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new Unanswered("timed out", true, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new Unanswered("was interrupted", true, e);
        } catch (ExecutionException e) {
            throw Unanswered.of(e.getCause());
        }
    }

    private JsonNode answer(BinanceCall call, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return parse(call, response.body());
        }
        if (status == 429 || status == 418) {
            var until = weight.ban(response.headers());
            throw new ExchangeRateLimited(
                    "Binance answered " + call.endpoint() + " with " + status
                            + (status == 418 ? " (IP banned)" : " (too many requests)") + "; no calls until " + until,
                    until);
        }
        ErrorBody error = ErrorBody.of(response.body(), status);
        // By the code, whatever the HTTP status: Binance documents both as "execution status unknown".
        boolean unknownOutcome = status >= 500
                || status == 408
                || error.code() == BACKEND_TIMEOUT
                || error.code() == UNEXPECTED_RESPONSE;
        if (unknownOutcome && call.order() != null) {
            throw unanswered(call, "answered HTTP " + status + " " + error, null);
        }
        if (unknownOutcome) {
            throw new ExchangeUnavailable("Binance answered " + call.endpoint() + " with HTTP " + status + " " + error);
        }
        throw new ExchangeRejected(call.endpoint(), status, error.code(), error.reason());
    }

    private JsonNode parse(BinanceCall call, String body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JacksonException e) {
            // The body itself may be anything; keep it out of the message.
            tree = null;
        }
        if (tree != null && (tree.isObject() || tree.isArray())) {
            return tree;
        }
        if (call.order() != null) {
            throw unanswered(call, "answered with malformed JSON", null);
        }
        throw new ExchangeUnavailable("Binance answered " + call.endpoint() + " with malformed JSON");
    }

    static OrderUnanswered unanswered(BinanceCall call, String what, Throwable cause) {
        BinanceCall.PlacedOrder order = call.order();
        return new OrderUnanswered(
                order.symbol(),
                order.clientOrderId(),
                "Outcome of order " + order.clientOrderId() + " on " + order.symbol() + " is unknown: Binance " + what
                        + "; query it before acting",
                cause);
    }

    private void report(BinanceCall call, int status, long startedNanos, Integer used) {
        try {
            listener.called(call.endpoint(), status, Duration.ofNanos(System.nanoTime() - startedNanos), used);
        } catch (RuntimeException ignored) {
            // Metrics are a bystander: a failing listener must not turn a filled order into an error.
        }
    }

    /** Binance's {@code {"code":-1121,"msg":"Invalid symbol."}}, or what stands in for it. */
    private record ErrorBody(int code, String reason) {

        static ErrorBody of(String body, int status) {
            try {
                JsonNode tree = JSON.readTree(body);
                JsonNode code = tree == null ? null : tree.get("code");
                JsonNode msg = tree == null ? null : tree.get("msg");
                if (code != null && code.isIntegralNumber() && code.canConvertToInt()) {
                    String reason = msg != null && msg.isString() ? msg.stringValue() : "";
                    return new ErrorBody(code.intValue(), clip(reason));
                }
            } catch (JacksonException e) {
                // Not Binance's error shape (a proxy's HTML page, say): fall through.
            }
            return new ErrorBody(ExchangeRejected.NO_CODE, "HTTP " + status + " without a Binance error body");
        }

        private static String clip(String reason) {
            return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH) + "…";
        }

        @Override
        public String toString() {
            return code == ExchangeRejected.NO_CODE ? "" : "(" + code + " " + reason + ")";
        }
    }

    /**
     * No response. {@code maybeSent} is false only when the connection was never made, which is
     * the one case where an order certainly did not reach Binance.
     */
    private static final class Unanswered extends Exception {

        private final boolean maybeSent;

        Unanswered(String what, boolean maybeSent, Throwable cause) {
            super(what, cause);
            this.maybeSent = maybeSent;
        }

        static Unanswered of(Throwable failure) {
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
                return new Unanswered("could not be connected to", false, cause);
            }
            if (cause instanceof HttpTimeoutException) {
                return new Unanswered("timed out", true, cause);
            }
            if (cause instanceof IOException) {
                return new Unanswered("connection failed (" + cause.getClass().getSimpleName() + ")", true, cause);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Unexpected failure calling Binance", cause);
        }

        BinanceException toException(BinanceCall call, Duration timeout) {
            String what = getMessage().equals("timed out") ? "timed out after " + timeout : getMessage();
            if (maybeSent && call.order() != null) {
                return unanswered(call, what, getCause());
            }
            return new ExchangeUnavailable("Binance " + call.endpoint() + " " + what, getCause());
        }
    }
}
