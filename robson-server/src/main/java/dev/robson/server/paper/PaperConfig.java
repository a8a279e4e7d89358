package dev.robson.server.paper;

import dev.robson.server.closing.OrderExecutor;
import dev.robson.server.config.PaperProperties;
import dev.robson.server.market.QuoteSource;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class PaperConfig {

    /**
     * Paper unless live trading is asked for explicitly (ROBSON_TRADING=live: the exchange package).
     * Paper charges Binance's default taker fee, 0.1 %, so paper and live results agree.
     */
    @Bean
    @ConditionalOnProperty(name = "robson.trading", havingValue = "paper", matchIfMissing = true)
    OrderExecutor paperExecutor(
            QuoteSource quotes,
            PaperAccount ledger,
            PaperProperties paper,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        return new PaperExecutor(
                quotes,
                ledger,
                paper.feeRate(),
                new PaperOrderReports(jdbc),
                new TransactionTemplate(transactionManager),
                clock);
    }
}
