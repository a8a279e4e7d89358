package dev.robson.server.exchange.binance;

import java.util.Objects;

/** An HMAC-SHA256 Binance key: requests are signed with the shared secret. */
public record HmacCredentials(String apiKey, String secretKey) implements ApiCredentials {

    public HmacCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
        if (apiKey.isBlank() || secretKey.isBlank()) {
            throw new IllegalArgumentException("An HMAC key needs both an API key and a secret");
        }
    }

    @Override
    public String toString() {
        return "HmacCredentials[apiKey=" + apiKeyHint() + "]";
    }
}
