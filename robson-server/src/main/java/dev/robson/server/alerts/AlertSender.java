package dev.robson.server.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Sends one delivery and says how it went. Bounded on every side: connect and answer timeouts,
 * no redirects (a receiver cannot bounce the request elsewhere), at most {@link #MAX_ANSWER}
 * bytes of the answer read, and the tenant's host checked again right before the call.
 */
final class AlertSender {

    static final int MAX_ANSWER = 64 * 1024;

    private final HttpClient http;
    private final AlertRequests requests;
    private final SafeUrls urls;

    AlertSender(HttpClient http, AlertRequests requests, SafeUrls urls) {
        this.http = http;
        this.requests = requests;
        this.urls = urls;
    }

    /** @param status the receiver's HTTP status, or null when none came */
    record Outcome(boolean delivered, Integer status, String error) {}

    Outcome send(Destination to, AlertDelivery delivery, Instant now) {
        if (to.kind() != TargetKind.TELEGRAM) {
            String refused = urls.refusedAddress(to.url().getHost());
            if (refused != null) {
                return new Outcome(false, null, "the URL " + refused);
            }
        }
        try {
            HttpResponse<InputStream> response =
                    http.send(requests.request(to, delivery, now), HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream body = response.body()) {
                answer = new String(body.readNBytes(MAX_ANSWER), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                // Telegram answers 200 {"ok":false,...} for some refusals.
                if (to.kind() == TargetKind.TELEGRAM && answer.contains("\"ok\":false")) {
                    return new Outcome(false, status, "Telegram refused the message");
                }
                return new Outcome(true, status, null);
            }
            return new Outcome(false, status, "the receiver answered HTTP " + status);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted");
        } catch (HttpTimeoutException slow) {
            return new Outcome(false, null, "no answer in time");
        } catch (IOException | IllegalArgumentException unreachable) {
            return new Outcome(
                    false,
                    null,
                    "cannot reach the receiver (" + unreachable.getClass().getSimpleName() + ")");
        }
    }
}
