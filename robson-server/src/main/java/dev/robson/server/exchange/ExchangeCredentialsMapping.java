package dev.robson.server.exchange;

import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.credentials.ExchangeCredentials;
import dev.robson.server.exchange.binance.ApiCredentials;
import dev.robson.server.exchange.binance.Ed25519Credentials;
import dev.robson.server.exchange.binance.HmacCredentials;
import java.util.Optional;

/** A tenant's stored key, as the Binance client signs with it. */
final class ExchangeCredentialsMapping {

    private ExchangeCredentialsMapping() {}

    static Optional<ApiCredentials> of(CredentialVault vault, long tenantId) {
        return vault.load(tenantId).map(ExchangeCredentialsMapping::toBinance);
    }

    private static ApiCredentials toBinance(ExchangeCredentials stored) {
        return switch (stored.type()) {
            case HMAC -> new HmacCredentials(stored.apiKey(), stored.secret());
            case ED25519 -> Ed25519Credentials.fromPem(stored.apiKey(), stored.secret());
        };
    }
}
