package dev.robson.server.exchange;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl         REST endpoint: production, testnet or a local fake ({@code BINANCE_BASE_URL})
 * @param wsUrl           market streams endpoint ({@code BINANCE_WS_URL})
 * @param requestTimeout  the most one call may take before it counts as failed (or, for an order, unknown)
 * @param symbolsRefresh  how often the traded symbols and their filters are re-read
 */
@ConfigurationProperties("robson.binance")
record BinanceProperties(URI baseUrl, URI wsUrl, Duration requestTimeout, Duration symbolsRefresh) {}
