package dev.robson.server.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deployment-wide switches.
 *
 * @param dataDir where the embedded database and the demo's generated keys live
 * @param market  {@code binance} or {@code simulated}
 * @param trading {@code paper} or {@code live}; paper when not set
 * @param demo    true only under the demo profile: seeds tenants and allows generated keys
 * @param masterKey      AES-256 key, base64, that seals tenants' exchange secrets
 *                       ({@code ROBSON_MASTER_KEY}); blank means none
 * @param trustedProxies addresses or CIDR ranges, comma-separated, whose forwarded headers are
 *                       believed ({@code ROBSON_TRUSTED_PROXIES}); blank means none
 */
@ConfigurationProperties("robson")
public record RobsonProperties(
        Path dataDir,
        String market,
        TradingMode trading,
        boolean demo,
        @DefaultValue("") String masterKey,
        @DefaultValue("") String trustedProxies) {

    public boolean simulatedMarket() {
        return "simulated".equalsIgnoreCase(market);
    }

    public TradingMode tradingMode() {
        return trading == null ? TradingMode.PAPER : trading;
    }

    public boolean paperTrading() {
        return tradingMode() == TradingMode.PAPER;
    }
}
