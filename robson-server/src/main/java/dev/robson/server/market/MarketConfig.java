package dev.robson.server.market;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MarketConfig {

    /** Real early-2026 levels, so the demo's numbers look like the market a trader knows. */
    static final Map<String, BigDecimal> LEVELS = Map.of(
            "BTC", new BigDecimal("89000.00"),
            "ETH", new BigDecimal("3000.00"),
            "ETHBTC", new BigDecimal("0.03370"));
    /** Long enough for the longest history a request may ask for. */
    static final Duration SIMULATED_HISTORY = Duration.ofDays(CandleHistory.MAX_DAYS + 1);
    /** The demo market's seed: every demo walks the same market. */
    static final long SIMULATED_SEED = 20251222L;

    /** The demo's market; the exchange's feed comes from the exchange package when ROBSON_MARKET=binance. */
    @Bean
    @ConditionalOnProperty(name = "robson.market", havingValue = "simulated")
    MarketFeed simulatedFeed(Clock clock) {
        SimulatedMarket market = new SimulatedMarket(clock, SIMULATED_SEED, LEVELS, SIMULATED_HISTORY);
        return new MarketFeed(market, market);
    }

    @Bean
    SharedQuoteTier sharedQuoteTier(MarketDataProperties marketData, Clock clock) {
        String url = marketData.redisUrl();
        return url == null || url.isBlank() ? SharedQuoteTier.NONE : new RedisQuoteTier(url, clock);
    }

    /**
     * Every reader of prices (positions, price endpoint, operations) goes through the cache, and
     * the exchange's live stream writes into it (as {@link StreamedQuotes}).
     */
    @Bean
    QuoteCache quotes(
            MarketFeed feed,
            SharedQuoteTier shared,
            MarketDataProperties marketData,
            Clock clock,
            MeterRegistry meters) {
        QuoteFreshness freshness =
                QuoteFreshness.of(marketData.quoteTtl(), marketData.refreshAhead(), marketData.maxStaleAge());
        return new QuoteCache(feed.quotes(), shared, clock, freshness, QuoteCache.backgroundThreads(), meters);
    }

    @Bean
    CandleHistory candleHistory(MarketFeed feed, MarketDataProperties marketData, Clock clock) {
        return new CandleHistory(feed.candles(), clock, marketData.maxCandles(), marketData.maxCachedCandles());
    }

    @Bean
    MarketRateLimits marketRateLimits(MarketDataProperties marketData, Clock clock) {
        return new MarketRateLimits(
                new TenantRateLimiter(
                        clock,
                        Duration.ofSeconds(1).dividedBy(Math.max(1, marketData.pricePerSecond())),
                        marketData.priceBurst(),
                        "price requests"),
                TenantRateLimiter.perMinute(
                        clock, marketData.historyPerMinute(), marketData.historyBurst(), "history requests"));
    }
}
