package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.Operation;
import dev.robson.server.closing.ClientOrderIdIssuer;
import dev.robson.server.closing.OperationCloser;
import dev.robson.server.closing.OperationEventLog;
import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.exchange.binance.fake.ReceivedOrder;
import dev.robson.server.monitor.StopMonitor;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ExchangeTest;
import dev.robson.server.support.TestTenants;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Live trading over real HTTP against one fake Binance that behaves like the real one: the
 * balances it enforces, commissions, fills across prices, filters, error codes and lost answers.
 * The scenarios share one server (the same configuration), each with a tenant and key of its own.
 */
@ExchangeTest
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:robson-live-money;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "robson.trading=live",
            "robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            // Lost answers are looked up at once here; production waits 5 s for in-flight orders.
            "robson.closing.settling-time=0s",
            // Every read reaches the fake, so a scenario sees the book it just set.
            "robson.market-data.quote-ttl=0s"
        })
abstract class LiveScenario {

    static final FakeBinance BINANCE = FakeBinance.start();

    static {
        // BNB prices commissions paid in BNB; listed before the server reads exchangeInfo.
        BINANCE.addSymbol("BNBUSDC", "BNB", "USDC", "0.01", "0.001", "5");
        BINANCE.setBook("BNBUSDC", "600.00", "600.01");
    }

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry registry) {
        registry.add("robson.binance.base-url", () -> BINANCE.baseUrl().toString());
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
    OperationEventLog events;

    @Autowired
    StopMonitor monitor;

    @Autowired
    ClientOrderIdIssuer ids;

    @Autowired
    ExchangeInfoSync exchangeInfo;

    @LocalServerPort
    int port;

    ApiClient api;
    TestTenants.Trader trader;
    String apiKey;
    String token;

    @BeforeEach
    void tenantWithKeys() {
        api = new ApiClient(port);
        trader = tenants.newTrader("live");
        apiKey = ExchangeKeys.newKey(trader, BINANCE, vault);
        BINANCE.setBalance(apiKey, "BTC", "1", "0");
        BINANCE.setBook("BTCUSDC", "89245.00", "89245.01");
        BINANCE.setLastPrice("BTCUSDC", "89245.00");
        BINANCE.setCommissionRate("0.001");
        BINANCE.payCommissionInBnb(false);
        token = api.login(trader.username(), TestTenants.PASSWORD);
    }

    @AfterEach
    void release() {
        monitor.stop();
    }

    /** The orders this tenant's key sent to close the operation, oldest first. */
    List<ReceivedOrder> ordersOf(long operationId) {
        return BINANCE.orders().stream()
                .filter(order -> order.apiKey().equals(apiKey))
                .filter(order -> order.closes(operationId))
                .toList();
    }

    /** The quantities of the orders this tenant's key sent to close the operation were exactly these, oldest first. */
    void assertCloseOrders(long operationId, String... quantities) {
        assertThat(ordersOf(operationId))
                .extracting(ReceivedOrder::origQty)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(Stream.of(quantities).map(BigDecimal::new).toArray(BigDecimal[]::new));
    }

    /** The trader closes the operation by hand, through the API, as the dashboard's Close button does. */
    ApiClient.Reply closeByHand(long id) {
        return api.post("/api/operations/" + tenants.numberOf(id) + "/close/", "", token);
    }

    /** The stored id of the operation the API numbers {@code number} for this scenario's tenant. */
    long storedId(long number) {
        return operations.idOfNumber(trader.tenantId(), number).orElseThrow();
    }

    Operation current(long id) {
        return operations.find(trader.tenantId(), id).orElseThrow();
    }

    List<String> eventsOf(long id) {
        return events.of(trader.tenantId(), id).stream()
                .map(OperationEventLog.Event::event)
                .toList();
    }

    String attentionOf(long id) {
        return operations.attentionOf(trader.tenantId(), List.of(id)).get(id);
    }
}
