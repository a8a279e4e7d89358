package dev.robson.server.alerts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code v1=} and the hex HMAC-SHA256, keyed by the
 * target's signing secret, of the timestamp (epoch seconds, as sent in X-Robson-Timestamp), a
 * dot, and the exact body bytes. The timestamp inside the signature lets a receiver refuse a
 * replayed request (docs/alerts.md); the version prefix lets the scheme change without breaking
 * receivers.
 */
final class WebhookSignature {

    static final String VERSION = "v1=";

    private WebhookSignature() {}

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return VERSION + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
