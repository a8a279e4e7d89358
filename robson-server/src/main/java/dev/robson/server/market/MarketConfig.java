package dev.robson.server.market;

import dev.robson.server.config.RobsonProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MarketConfig {

    /** Real early-2026 levels, so the demo's numbers look like the market a trader knows. */
    private static final Map<String, BigDecimal> ANCHORS = Map.of(
            "BTC", new BigDecimal("89000.00"),
            "ETH", new BigDecimal("3000.00"),
            "ETHBTC", new BigDecimal("0.03370"));

    @Bean
    QuoteSource quoteSource(RobsonProperties robson, Clock clock) {
        if (robson.simulatedMarket()) {
            return new SimulatedMarket(clock, 20251222L, ANCHORS);
        }
        throw new IllegalStateException("ROBSON_MARKET=" + robson.market()
                + " is not available in this build; use ROBSON_MARKET=simulated.");
    }
}
