package dev.robson.server.auth;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a configured JWT secret is fit to sign tokens that guard real money.
 * HS256 needs at least 256 bits of key; a long but repetitive or sample value is as weak as
 * a short one, so those are refused too.
 */
final class SigningKeyPolicy {

    static final int MINIMUM_BYTES = 32;
    private static final int MINIMUM_DISTINCT_CHARACTERS = 12;

    private SigningKeyPolicy() {}

    /** Empty when the secret is acceptable, else the reason it is not. */
    static Optional<String> weakness(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.of("ROBSON_JWT_SECRET is not set");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            return Optional.of("ROBSON_JWT_SECRET is shorter than " + MINIMUM_BYTES + " bytes");
        }
        if (secret.chars().distinct().count() < MINIMUM_DISTINCT_CHARACTERS) {
            return Optional.of("ROBSON_JWT_SECRET is too repetitive to be a random key");
        }
        String lower = secret.toLowerCase(Locale.ROOT);
        if (lower.contains("changeme") || lower.contains("secret") || lower.contains("password")) {
            return Optional.of("ROBSON_JWT_SECRET looks like a sample value");
        }
        return Optional.empty();
    }
}
