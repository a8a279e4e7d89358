package dev.robson.server.exchange;

import dev.robson.server.exchange.binance.WeightShares;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The division of Binance's per-minute request weight between kinds of call; see {@link WeightShares}. */
@ConfigurationProperties("robson.binance.weight")
record ExchangeWeightProperties(int minuteLimit, int candleShare, int accountShare, int quoteShare,
        int ordersReserve) {

    WeightShares shares() {
        return new WeightShares(minuteLimit, candleShare, accountShare, quoteShare, ordersReserve);
    }
}
