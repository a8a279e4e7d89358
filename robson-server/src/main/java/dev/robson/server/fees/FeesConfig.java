package dev.robson.server.fees;

import dev.robson.server.config.PaperProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeesConfig {

    /** Paper pays Binance's default taker fee, 0.1 %, so paper and live results agree. */
    @Bean
    @ConditionalOnProperty(name = "robson.trading", havingValue = "paper", matchIfMissing = true)
    CommissionRates paperCommissionRates(PaperProperties paper) {
        var feeRate = paper.feeRate();
        return (tenantId, symbol) -> feeRate;
    }
}
