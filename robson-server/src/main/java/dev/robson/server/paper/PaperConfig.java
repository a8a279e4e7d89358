package dev.robson.server.paper;

import dev.robson.server.closing.OrderExecutor;
import dev.robson.server.market.QuoteSource;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaperConfig {

    /**
     * Paper unless live trading is asked for explicitly (ROBSON_TRADING=live: the exchange package).
     * Paper charges Binance's default taker fee, 0.1 %, so paper and live results agree.
     */
    @Bean
    @ConditionalOnProperty(name = "robson.trading", havingValue = "paper", matchIfMissing = true)
    OrderExecutor paperExecutor(
            QuoteSource quotes, PaperAccount ledger, @Value("${robson.paper.fee-rate:0.001}") BigDecimal feeRate) {
        return new PaperExecutor(quotes, ledger, feeRate);
    }
}
