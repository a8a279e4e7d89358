package dev.robson.server.exchange;

import dev.robson.server.exchange.binance.WeightShares;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The division of Binance's per-minute request weight between kinds of call; see {@link WeightShares}. */
@ConfigurationProperties("robson.binance.weight")
record ExchangeWeightProperties(int minuteLimit, int candleShare, int accountShare, int quoteShare, int ordersReserve) {

    /** Binance's own figures when nothing is configured (a context without application.yml). */
    WeightShares shares() {
        return minuteLimit == 0
                ? WeightShares.defaults()
                : new WeightShares(minuteLimit, candleShare, accountShare, quoteShare, ordersReserve);
    }
}
