package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.closing.OperationCloser;
import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.credentials.ExchangeCredentials;
import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.exchange.binance.fake.ReceivedOrder;
import dev.robson.server.monitor.StopMonitor;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.ExchangeTest;
import dev.robson.server.support.TestTenants;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Live trading against a fake Binance: the stop monitor's MARKET orders reach the exchange
 * signed with the tenant's own key, exactly once, whatever answer is lost on the way.
 */
@ExchangeTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:robson-live;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "robson.trading=live",
        "robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        // Lost answers are looked up at once here; production waits 5 s for in-flight orders.
        "robson.closing.settling-time=0s"
})
class LiveTradingTest {

    static final FakeBinance BINANCE = FakeBinance.start();

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry registry) {
        registry.add("robson.binance.base-url", () -> BINANCE.baseUrl().toString());
    }

    @AfterAll
    static void stop() {
        BINANCE.close();
    }

    @Autowired
    TestTenants tenants;
    @Autowired
    CredentialVault vault;
    @Autowired
    OperationRepository operations;
    @Autowired
    OperationCloser closer;
    @Autowired
    StopMonitor monitor;

    TestTenants.Trader trader;
    String apiKey;

    @BeforeEach
    void tenantWithKeys() {
        trader = tenants.newTrader("live");
        apiKey = "key" + UUID.randomUUID().toString().replace("-", "");
        String secret = "secret" + UUID.randomUUID().toString().replace("-", "");
        BINANCE.registerHmacKey(apiKey, secret);
        BINANCE.setBalance(apiKey, "BTC", "1", "0");
        vault.store(trader.clientId(), new ExchangeCredentials(ExchangeCredentials.KeyType.HMAC, apiKey, secret));
        BINANCE.setBook("BTCUSDC", "89245.00", "89245.01");
        BINANCE.setLastPrice("BTCUSDC", "89245.00");
    }

    @AfterEach
    void release() {
        monitor.stop();
    }

    @Test
    void whenThePriceCrossesTheStopThenExactlyOneSignedMarketOrderSellsTheOpenQuantity() throws Exception {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        BINANCE.setBook("BTCUSDC", "87000.00", "87000.01");
        Thread.sleep(1_100);

        monitor.tick();
        monitor.tick();

        List<ReceivedOrder> sent = ordersOf(id);
        assertThat(sent).singleElement().satisfies(order -> {
            assertThat(order.side()).isEqualTo("SELL");
            assertThat(order.type()).isEqualTo("MARKET");
            assertThat(order.origQty()).isEqualByComparingTo("0.00033");
            assertThat(order.apiKey()).isEqualTo(apiKey);
        });
        Operation closed = current(id);
        assertThat(closed.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
        // Sold at the fake's bid, 87000.00: (87000.00 - 88837.92) x 0.00033 = -0.6065136
        assertThat(closed.realizedPnl()).isEqualByComparingTo("-0.6065136");
    }

    @Test
    void whenTheOrderTimesOutAfterFillingThenItIsFoundByClientOrderIdAndNotSentAgain() {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        BINANCE.timeOutNextOrder();

        Operation afterSend = closer.close(trader.clientId(), id, CloseReason.MANUAL);
        assertThat(afterSend.status()).isEqualTo(OperationStatus.CLOSING);

        closer.reconcile(current(id));

        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(ordersOf(id)).hasSize(1);
    }

    @Test
    void whenTheExchangeAnswers5xxAfterFillingThenTheFillIsRecordedWithoutResending() {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        BINANCE.failNextOrder(503);

        closer.close(trader.clientId(), id, CloseReason.MANUAL);
        closer.reconcile(current(id));

        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(ordersOf(id)).hasSize(1);
    }

    @Test
    void whenOnlyPartlyFilledThenTheRemainderGoesInASecondOrder() {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        BINANCE.partiallyFillNextOrder("0.00020", "EXPIRED");

        Operation partly = closer.close(trader.clientId(), id, CloseReason.MANUAL);
        assertThat(partly.status()).isEqualTo(OperationStatus.CLOSING);
        closer.reconcile(current(id));

        assertThat(current(id).status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(ordersOf(id)).extracting(ReceivedOrder::origQty)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("0.00033"), new java.math.BigDecimal("0.00013"));
    }

    private List<ReceivedOrder> ordersOf(long operationId) {
        return BINANCE.orders().stream()
                .filter(order -> order.clientOrderId().matches("rb[a-z0-9]{6}-" + operationId + "-c[0-9]+"))
                .toList();
    }

    private Operation current(long id) {
        return operations.find(trader.clientId(), id).orElseThrow();
    }
}
