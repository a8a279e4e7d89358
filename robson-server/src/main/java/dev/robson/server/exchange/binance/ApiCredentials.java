package dev.robson.server.exchange.binance;

/**
 * A Binance API key with what signs its requests. Implementations never show the secret in
 * {@link Object#toString()}, so a credential that ends up in a log or an exception stays safe.
 */
public sealed interface ApiCredentials permits HmacCredentials, Ed25519Credentials {

    /** Sent in clear as {@code X-MBX-APIKEY}; identifies the account, does not authorise. */
    String apiKey();

    /** The key's last characters, enough for a person to tell keys apart. */
    default String apiKeyHint() {
        String key = apiKey();
        return key.length() <= 4 ? "****" : "…" + key.substring(key.length() - 4);
    }
}
