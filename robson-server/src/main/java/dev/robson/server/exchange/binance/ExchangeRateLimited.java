package dev.robson.server.exchange.binance;

import java.time.Instant;

/**
 * Binance asked us to stop (429), or banned us for not stopping (418). Until {@link #retryAfter()}
 * the client sends nothing; calling on would only lengthen the ban.
 */
public sealed class ExchangeRateLimited extends BinanceException permits WeightShareSpent {

    private final Instant retryAfter;

    public ExchangeRateLimited(String message, Instant retryAfter) {
        super(message, null);
        this.retryAfter = retryAfter;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
