package dev.robson.server.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Price;
import dev.robson.core.operation.OrderStatus;
import dev.robson.server.closing.EntryOrder;
import dev.robson.server.closing.ExecutionReport;
import dev.robson.server.config.PaperProperties;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.planning.PlanningScenario;
import dev.robson.server.support.ApiClient;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A paper order's report outlives the process that filled it: a paper executor made afresh
 * over the same database (what a restart leaves) looks an entry up by its client order id and
 * answers exactly what the first one reported, so an entry whose fill was not yet recorded is
 * found, not FAILED as never placed.
 *
 * <p>The plan is {@link PlanningScenario}'s: 1,000 USDC, ask 90,000.00, q 0.00824, paper fee 0.1 % in BTC.
 */
abstract class PaperReportsAfterRestartContract extends PlanningScenario {

    /** The quote source the paper executor reads (the test's fixed quotes stand behind it). */
    @Autowired
    @Qualifier("quotes")
    QuoteSource quoteSource;

    @Autowired
    PaperProperties paperSettings;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    SymbolCatalog symbols;

    @Test
    void aConfirmedPaperEntryIsFoundTheSameByAnExecutorMadeAfterARestart() {
        long number = planBtc();
        ApiClient.Reply confirmed = confirm(number);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("ACTIVE");
        String clientOrderId = jdbc.sql("""
                SELECT o.client_order_id FROM operation_orders o JOIN operations p ON p.id = o.operation_id
                WHERE p.tenant_id = :t AND p.number = :n AND o.purpose = 'ENTRY'""")
                .param("t", trader.tenantId())
                .param("n", number)
                .query(String.class)
                .single();

        ExecutionReport found =
                restarted().lookupEntry(entry(clientOrderId, "90045.00")).orElseThrow();

        // Filled in full at the ask: 0.00824 × 90,000.00 = 741.60 USDC; fee 0.1 % of 0.00824 =
        // 0.00000824 BTC, the fill the operation recorded.
        assertThat(found.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(found.executedQuantity()).isEqualByComparingTo("0.00824");
        assertThat(found.averagePrice().value()).isEqualByComparingTo("90000.00");
        assertThat(found.quoteQuantity()).isEqualByComparingTo("741.60");
        assertThat(found.fills()).singleElement().satisfies(fill -> {
            assertThat(fill.quantity()).isEqualByComparingTo("0.00824");
            assertThat(fill.commission()).isEqualByComparingTo("0.00000824");
            assertThat(fill.commissionAsset()).isEqualTo("BTC");
        });
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM order_fills WHERE client_order_id = :id AND trade_id = :trade""")
                        .param("id", clientOrderId)
                        .param("trade", found.fills().getFirst().tradeId())
                        .query(Integer.class)
                        .single())
                .isOne();
        // The plan answers the same as before.
        assertThat(planOf(number)).isEqualTo(confirmed.json());
    }

    @Test
    void anEntryThatExpiredIsFoundExpiredAfterARestartAndAnUnknownOneIsNotFound() {
        PaperExecutor before = restarted();
        // Limit 89,999.99 under the ask of 90,000.00: the IOC finds nothing and expires.
        ExecutionReport expired = before.submitEntry(entry("rbtest-1-e1", "89999.99"));

        ExecutionReport found =
                restarted().lookupEntry(entry("rbtest-1-e1", "89999.99")).orElseThrow();

        assertThat(found)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expired);
        assertThat(found.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(found.executedQuantity()).isZero();
        assertThat(found.fills()).isEmpty();
        assertThat(restarted().lookupEntry(entry("rbtest-2-e1", "90045.00"))).isEmpty();
        assertThat(paperFree("USDC")).isEqualByComparingTo("1000");
    }

    /** What a restart leaves: nothing in memory, the same database. */
    private PaperExecutor restarted() {
        return new PaperExecutor(
                quoteSource,
                paper,
                paperSettings.feeRate(),
                new PaperOrderReports(jdbc),
                new TransactionTemplate(transactionManager),
                clock);
    }

    private EntryOrder entry(String clientOrderId, String limit) {
        return new EntryOrder(
                trader.tenantId(),
                1,
                symbols.find("BTCUSDC").orElseThrow(),
                new BigDecimal("0.00824"),
                Price.of(limit),
                clientOrderId,
                clock.instant());
    }
}
