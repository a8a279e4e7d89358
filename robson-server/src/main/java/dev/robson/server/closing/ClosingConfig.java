package dev.robson.server.closing;

import dev.robson.server.config.RobsonProperties;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.paper.PaperAccount;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClosingConfig {

    /** Paper unless live trading is asked for explicitly (ROBSON_TRADING=live). */
    @Bean
    OrderExecutor orderExecutor(RobsonProperties robson, QuoteSource quotes, PaperAccount ledger) {
        if (!robson.paperTrading()) {
            throw new IllegalStateException("ROBSON_TRADING=live is not available in this build; use paper.");
        }
        return new PaperExecutor(quotes, ledger);
    }
}
