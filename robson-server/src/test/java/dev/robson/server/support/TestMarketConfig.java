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

/** Prices the test sets by hand; candles from a seeded simulated market. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMarketConfig {

    @Bean
    FixedQuotes fixedQuotes() {
        return new FixedQuotes();
    }

    @Bean
    @Primary
    MarketFeed testMarketFeed(FixedQuotes fixedQuotes, Clock clock) {
        var candles = new SimulatedMarket(
                clock,
                1L,
                Map.of("BTC", new BigDecimal("89000.00"), "ETH", new BigDecimal("3000.00")),
                Duration.ofDays(31));
        return new MarketFeed(fixedQuotes, candles);
    }
}
