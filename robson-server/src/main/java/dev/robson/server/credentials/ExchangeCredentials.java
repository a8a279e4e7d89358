package dev.robson.server.credentials;

/**
 * A tenant's exchange API key and its secret (an HMAC secret, or an Ed25519 private key in
 * PEM). Never logged: {@link #toString()} shows only the key's last characters.
 */
public record ExchangeCredentials(KeyType type, String apiKey, String secret) {

    public enum KeyType {
        HMAC,
        ED25519
    }

    public String hint() {
        return apiKey.length() <= 4 ? "****" : "…" + apiKey.substring(apiKey.length() - 4);
    }

    @Override
    public String toString() {
        return "ExchangeCredentials[type=" + type + ", apiKey=" + hint() + "]";
    }
}
