package dev.robson.server.exchange;

import dev.robson.server.closing.OrderExecutor;
import dev.robson.server.config.PaperProperties;
import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.events.LivePrices;
import dev.robson.server.exchange.binance.BinanceCallListener;
import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.exchange.binance.BinanceSettings;
import dev.robson.server.exchange.stream.BookTickerStream;
import dev.robson.server.exchange.stream.StreamProperties;
import dev.robson.server.fees.CommissionRates;
import dev.robson.server.holdings.AccountSource;
import dev.robson.server.market.MarketFeed;
import dev.robson.server.market.StreamedQuotes;
import dev.robson.server.monitor.PriceWatcher;
import dev.robson.server.symbols.SymbolCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/** Binance, when the market is real (ROBSON_MARKET=binance) or trading is live (ROBSON_TRADING=live). */
@Configuration(proxyBeanMethods = false)
class ExchangeConfig {

    @Bean
    BinanceClient binanceClient(
            BinanceProperties properties, ExchangeWeightProperties weight, Clock clock, MeterRegistry meters) {
        BinanceSettings settings = BinanceSettings.defaults(properties.baseUrl());
        settings = new BinanceSettings(
                settings.baseUrl(), settings.connectTimeout(), properties.requestTimeout(), settings.recvWindow());
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .build();
        return new BinanceClient(settings, http, clock, metrics(meters), weight.shares());
    }

    /** Calls by endpoint and status, their latency, and the weight Binance says we used this minute. */
    private static BinanceCallListener metrics(MeterRegistry meters) {
        AtomicLong usedWeight = new AtomicLong();
        meters.gauge("robson.binance.weight.used", usedWeight);
        return (endpoint, status, took, weight) -> {
            Counter.builder("robson.binance.calls")
                    .tag("endpoint", endpoint)
                    .tag("status", Integer.toString(status))
                    .register(meters)
                    .increment();
            Timer.builder("robson.binance.latency")
                    .tag("endpoint", endpoint)
                    .register(meters)
                    .record(took);
            if (weight != null) {
                usedWeight.set(weight);
            }
        };
    }

    @Bean
    @ConditionalOnProperty(name = "robson.market", havingValue = "binance")
    MarketFeed binanceMarketFeed(BinanceClient binance, Clock clock) {
        BinanceMarketFeed feed = new BinanceMarketFeed(binance, clock);
        return new MarketFeed(feed, feed);
    }

    @Bean
    @ConditionalOnProperty(name = "robson.market", havingValue = "binance")
    ExchangeInfoSync exchangeInfoSync(BinanceClient binance, SymbolCatalog catalog) {
        ExchangeInfoSync sync = new ExchangeInfoSync(binance, catalog);
        sync.refresh();
        return sync;
    }

    @Bean
    @ConditionalOnProperty(name = "robson.market", havingValue = "binance")
    SchedulingConfigurer exchangeInfoSchedule(ExchangeInfoSync sync, BinanceProperties properties) {
        Duration every = properties.symbolsRefresh();
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(sync::refresh, every, every));
    }

    /**
     * Live prices for the stop monitor, where it runs against the real market. A SmartLifecycle:
     * Spring starts it with the context and closes its connection on shutdown.
     */
    @Bean
    @ConditionalOnProperty(name = "robson.market", havingValue = "binance")
    @ConditionalOnBooleanProperty(
            name = {"robson.monitor.enabled", "robson.binance.stream-enabled"},
            matchIfMissing = true)
    BookTickerStream bookTickerStream(
            BinanceProperties binance,
            StreamProperties stream,
            PriceWatcher monitor,
            StreamedQuotes quotes,
            ObjectProvider<LivePrices> pushed,
            Clock clock,
            MeterRegistry meters) {
        // Every conflated price goes into the quote cache (this replica's and, through Redis,
        // every replica's) and out to push subscribers: while the stream is live no REST quote is
        // asked for the streamed symbols; when it drops their entries age and REST takes over.
        StreamedQuotes cachedAndPushed = quote -> {
            quotes.streamed(quote);
            pushed.ifAvailable(prices -> prices.streamed(quote));
        };
        return new BookTickerStream(binance.wsUrl(), stream, monitor, cachedAndPushed, clock, meters);
    }

    @Bean
    @ConditionalOnProperty(name = "robson.trading", havingValue = "live")
    OrderExecutor binanceExecutor(BinanceClient binance, CredentialVault vault) {
        return new BinanceExecutor(binance, vault);
    }

    @Bean
    @ConditionalOnProperty(name = "robson.trading", havingValue = "live")
    CommissionRates binanceCommissionRates(
            BinanceClient binance, CredentialVault vault, Clock clock, PaperProperties paper) {
        return new BinanceCommissionRates(binance, vault, clock, paper.feeRate());
    }

    @Bean
    @Primary
    @ConditionalOnProperty(name = "robson.trading", havingValue = "live")
    AccountSource binanceAccount(BinanceClient binance, CredentialVault vault) {
        return new BinanceAccount(binance, vault);
    }
}
