package dev.robson.server.exchange;

import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.credentials.ExchangeCredentials;
import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.support.TestTenants;
import java.util.UUID;

/** A tenant's own Binance key in live trading: known to the fake Binance, and kept in the server's vault. */
public final class ExchangeKeys {

    private ExchangeKeys() {}

    /**
     * Registers a fresh HMAC key pair at the fake Binance, stores it as the trader's, and answers
     * its API key (the balances behind it are the test's to set).
     */
    public static String newKey(TestTenants.Trader trader, FakeBinance binance, CredentialVault vault) {
        String apiKey = "key" + UUID.randomUUID().toString().replace("-", "");
        String secret = "secret" + UUID.randomUUID().toString().replace("-", "");
        binance.registerHmacKey(apiKey, secret);
        vault.store(trader.tenantId(), new ExchangeCredentials(ExchangeCredentials.KeyType.HMAC, apiKey, secret));
        return apiKey;
    }
}
