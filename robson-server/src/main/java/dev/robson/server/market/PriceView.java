package dev.robson.server.market;

import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;

/**
 * The price endpoint's answer. {@code spread_percent} keeps 4 decimals: on BTC a one-dollar
 * spread is 0.0011 %, which 2 decimals would show as zero.
 */
public record PriceView(
        String symbol,
        String baseAsset,
        String quoteAsset,
        BigDecimal bid,
        BigDecimal ask,
        BigDecimal last,
        BigDecimal spread,
        BigDecimal spreadPercent,
        long timestamp,
        long ageSeconds,
        boolean stale,
        String source) {

    public static PriceView of(Symbol symbol, MarketQuote marketQuote, Clock clock) {
        Quote quote = marketQuote.quote();
        long age = Math.max(0, clock.instant().getEpochSecond() - quote.readAt().getEpochSecond());
        return new PriceView(
                symbol.name(),
                symbol.base().code(),
                symbol.quote().code(),
                symbol.roundPrice(quote.bid().value()),
                symbol.roundPrice(quote.ask().value()),
                symbol.roundPrice(quote.last().value()),
                symbol.roundPrice(quote.spread()),
                quote.spreadPercent().setScale(4, RoundingMode.HALF_UP),
                quote.readAt().getEpochSecond(),
                age,
                marketQuote.stale(),
                marketQuote.source().name());
    }
}
