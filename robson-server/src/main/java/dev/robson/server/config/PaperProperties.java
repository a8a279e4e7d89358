package dev.robson.server.config;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param feeRate the taker fee paper trading charges, and live trading assumes while the
 *                exchange cannot tell a tenant's own: Binance's default 0.1 %, so paper and
 *                live results agree
 */
@ConfigurationProperties("robson.paper")
public record PaperProperties(@DefaultValue("0.001") BigDecimal feeRate) {}
