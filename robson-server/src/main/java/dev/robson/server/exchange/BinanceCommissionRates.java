package dev.robson.server.exchange;

import dev.robson.core.market.Symbol;
import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.exchange.binance.ApiCredentials;
import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.exchange.binance.BinanceException;
import dev.robson.server.exchange.binance.StandardCommission;
import dev.robson.server.fees.CommissionRates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live trading: each tenant's taker rate (and whether it is paid in BNB) from
 * {@code GET /api/v3/account/commission}, kept an
 * hour (rates change rarely and a read costs weight 20); the configured default while it
 * cannot be read and nothing was read before.
 */
class BinanceCommissionRates implements CommissionRates {

    private static final Duration TTL = Duration.ofHours(1);

    private final BinanceClient binance;
    private final CredentialVault vault;
    private final Clock clock;
    private final BigDecimal defaultTakerRate;
    private final Map<String, Cached> rates = new ConcurrentHashMap<>();

    private record Cached(BigDecimal taker, boolean inBnb, Instant until) {}

    BinanceCommissionRates(BinanceClient binance, CredentialVault vault, Clock clock, BigDecimal defaultTakerRate) {
        this.binance = binance;
        this.vault = vault;
        this.clock = clock;
        this.defaultTakerRate = defaultTakerRate;
    }

    @Override
    public BigDecimal takerRate(long tenantId, Symbol symbol) {
        return rates(tenantId, symbol).taker();
    }

    /** As the account's commission says; fees in the base asset while it cannot be read (the cautious guess). */
    @Override
    public boolean paysFeesInBnb(long tenantId, Symbol symbol) {
        return rates(tenantId, symbol).inBnb();
    }

    private Cached rates(long tenantId, Symbol symbol) {
        String key = tenantId + "/" + symbol.name();
        Cached cached = rates.get(key);
        Instant now = clock.instant();
        if (cached != null && cached.until().isAfter(now)) {
            return cached;
        }
        Optional<ApiCredentials> credentials = ExchangeCredentialsMapping.of(vault, tenantId);
        if (credentials.isEmpty()) {
            return new Cached(defaultTakerRate, false, now);
        }
        try {
            StandardCommission read = binance.commissionRates(credentials.get(), symbol.name());
            Cached fresh = new Cached(read.taker(), read.feesInBnb(), now.plus(TTL));
            rates.put(key, fresh);
            return fresh;
        } catch (BinanceException unreadable) {
            return cached != null ? cached : new Cached(defaultTakerRate, false, now);
        }
    }
}
