package dev.robson.server.exchange.binance;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/** An Ed25519 Binance key: Binance holds the public half, we sign with the private one. */
public record Ed25519Credentials(String apiKey, PrivateKey privateKey) implements ApiCredentials {

    public Ed25519Credentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(privateKey, "privateKey");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("An Ed25519 key needs an API key");
        }
        if (!"Ed25519".equals(privateKey.getAlgorithm()) && !"EdDSA".equals(privateKey.getAlgorithm())) {
            throw new IllegalArgumentException("Not an Ed25519 private key: " + privateKey.getAlgorithm());
        }
    }

    /**
     * Reads the private key as {@code openssl genpkey -algorithm ed25519} writes it: PKCS#8 in
     * a {@code -----BEGIN PRIVATE KEY-----} block.
     *
     * @throws IllegalArgumentException when it is not such a key (the message never quotes it)
     */
    public static Ed25519Credentials fromPem(String apiKey, String pem) {
        Objects.requireNonNull(pem, "pem");
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new Ed25519Credentials(apiKey, key);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // No cause attached: it may carry bytes of the key.
            throw new IllegalArgumentException("Not a PKCS#8 PEM Ed25519 private key");
        }
    }

    @Override
    public String toString() {
        return "Ed25519Credentials[apiKey=" + apiKeyHint() + "]";
    }
}
