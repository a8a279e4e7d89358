package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.exchange.stream.BookTickerStream;
import dev.robson.server.exchange.stream.StreamProperties;
import dev.robson.server.market.StreamedQuotes;
import dev.robson.server.monitor.StopMonitor;
import dev.robson.server.symbols.SymbolCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The stream runs where the monitor runs against the real market, unless switched off. */
class StreamWiringTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({BinanceProperties.class, StreamProperties.class, ExchangeWeightProperties.class})
    static class Properties {}

    private final ApplicationContextRunner server = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, ExchangeConfig.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(StopMonitor.class, () -> mock(StopMonitor.class))
            .withBean(StreamedQuotes.class, () -> mock(StreamedQuotes.class))
            .withBean(SymbolCatalog.class, () -> mock(SymbolCatalog.class))
            .withBean(CredentialVault.class, () -> mock(CredentialVault.class))
            // Nothing listens on port 9: the symbol sync only warns.
            .withPropertyValues(
                    "robson.binance.base-url=http://127.0.0.1:9",
                    "robson.binance.ws-url=ws://127.0.0.1:9",
                    "robson.binance.request-timeout=1s",
                    "robson.binance.symbols-refresh=1h");

    @Test
    void whenTheMonitorRunsAgainstBinanceThenTheStreamRunsWithTheDefaultSettings() {
        server.withPropertyValues("robson.market=binance").run(context -> {
            assertThat(context).hasSingleBean(BookTickerStream.class);
            assertThat(context.getBean(BookTickerStream.class).isRunning()).isTrue();
            StreamProperties settings = context.getBean(StreamProperties.class);
            assertThat(settings.resync()).hasSeconds(2);
            assertThat(settings.renewAfter()).hasHours(23);
            assertThat(settings.backoffMin()).hasMillis(500);
            assertThat(settings.backoffMax()).hasSeconds(30);
        });
    }

    @Test
    void whenTheStreamIsSwitchedOffThenThereIsNone() {
        server.withPropertyValues("robson.market=binance", "robson.binance.stream-enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(BookTickerStream.class));
    }

    @Test
    void whenThisReplicaDoesNotMonitorThenThereIsNoStream() {
        server.withPropertyValues("robson.market=binance", "robson.monitor.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(BookTickerStream.class));
    }

    @Test
    void whenTheMarketIsSimulatedThenThereIsNoStream() {
        server.withPropertyValues("robson.market=simulated")
                .run(context -> assertThat(context).doesNotHaveBean(BookTickerStream.class));
    }
}
