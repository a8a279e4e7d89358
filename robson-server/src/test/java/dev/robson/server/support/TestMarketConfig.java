package dev.robson.server.support;

import dev.robson.server.market.MarketFeed;
import dev.robson.server.market.SimulatedMarket;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Prices the test sets by hand; candles from a seeded simulated market, or a chart the test draws. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMarketConfig {

    @Bean
    FixedQuotes fixedQuotes() {
        return new FixedQuotes();
    }

    @Bean
    FixedCandles fixedCandles(Clock clock) {
        return new FixedCandles(new SimulatedMarket(
                clock,
                1L,
                Map.of("BTC", new BigDecimal("89000.00"), "ETH", new BigDecimal("3000.00")),
                Duration.ofDays(31)));
    }

    @Bean
    @Primary
    MarketFeed testMarketFeed(FixedQuotes fixedQuotes, FixedCandles fixedCandles) {
        return new MarketFeed(fixedQuotes, fixedCandles);
    }
}
