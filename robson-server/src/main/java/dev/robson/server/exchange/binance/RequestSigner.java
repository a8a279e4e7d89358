package dev.robson.server.exchange.binance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binance's request signatures over the exact parameter string sent: HMAC-SHA256 in lower-case
 * hex, or Ed25519 in base64 (which the caller URL-encodes, as it may contain + / =).
 */
final class RequestSigner {

    private RequestSigner() {}

    static String signature(ApiCredentials credentials, String payload) {
        byte[] message = payload.getBytes(StandardCharsets.UTF_8);
        try {
            return switch (credentials) {
                case HmacCredentials hmac -> {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(hmac.secretKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    yield HexFormat.of().formatHex(mac.doFinal(message));
                }
                case Ed25519Credentials ed25519 -> {
                    Signature signer = Signature.getInstance("Ed25519");
                    signer.initSign(ed25519.privateKey());
                    signer.update(message);
                    yield Base64.getEncoder().encodeToString(signer.sign());
                }
            };
        } catch (GeneralSecurityException e) {
            // The cause's message could describe the key; name only which key failed.
            throw new IllegalStateException("Cannot sign with " + credentials);
        }
    }
}
