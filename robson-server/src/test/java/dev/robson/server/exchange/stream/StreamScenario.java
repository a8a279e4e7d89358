package dev.robson.server.exchange.stream;

import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.exchange.ExchangeKeys;
import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.exchange.binance.fake.ReceivedOrder;
import dev.robson.server.exchange.stream.fake.FakeBookTickerStream;
import dev.robson.server.support.ExchangeTest;
import dev.robson.server.support.TestTenants;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole server as deployed (monitor enabled: its scheduled tick polls REST beside the
 * stream) against a fake Binance for REST and a fake book-ticker stream. The fakes belong to the
 * server's context: started before it reads its settings, closed with it.
 */
@ExchangeTest
@Import(StreamScenario.FakeExchange.class)
@TestPropertySource(properties = "robson.monitor.enabled=true")
// The context's tick and stream keep running otherwise; closing it also closes its fakes.
@DirtiesContext
abstract class StreamScenario {

    @Autowired
    FakeBinance binance;

    @Autowired
    FakeBookTickerStream fakeStream;

    @Autowired
    TestTenants tenants;

    @Autowired
    CredentialVault vault;

    /** A fresh key of the trader's at the fake Binance, in the server's vault; answers the API key. */
    String newKey(TestTenants.Trader trader) {
        return ExchangeKeys.newKey(trader, binance, vault);
    }

    /** The orders sent to close the operation, oldest first. */
    List<ReceivedOrder> closeOrdersOf(long operationId) {
        return binance.orders().stream()
                .filter(order -> order.closes(operationId))
                .toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FakeExchange {

        @Bean(destroyMethod = "close")
        FakeBinance fakeBinance() {
            return FakeBinance.start();
        }

        @Bean(destroyMethod = "close")
        FakeBookTickerStream fakeBookTickerStream() {
            return FakeBookTickerStream.start();
        }

        @Bean
        DynamicPropertyRegistrar fakeExchangeUrls(FakeBinance binance, FakeBookTickerStream stream) {
            return registry -> {
                registry.add("robson.binance.base-url", () -> binance.baseUrl().toString());
                registry.add("robson.binance.ws-url", () -> stream.wsUrl().toString());
            };
        }
    }
}
