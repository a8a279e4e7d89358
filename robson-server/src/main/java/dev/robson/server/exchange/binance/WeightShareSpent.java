package dev.robson.server.exchange.binance;

import java.time.Instant;
import java.util.Locale;

/**
 * Robson itself held a call back: its kind has spent its share of this minute's weight.
 * Nothing was sent; the share refills when the minute turns, at {@link #retryAfter()}.
 */
public final class WeightShareSpent extends ExchangeRateLimited {

    private final WeightClass weightClass;

    WeightShareSpent(WeightClass weightClass, String endpoint, Instant nextMinute) {
        super(
                weightClass.name().toLowerCase(Locale.ROOT) + " calls have spent their share of this "
                        + "minute's Binance weight; " + endpoint + " not sent before " + nextMinute,
                nextMinute);
        this.weightClass = weightClass;
    }

    public WeightClass weightClass() {
        return weightClass;
    }
}
