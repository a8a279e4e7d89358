package dev.robson.server.exchange;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Candle;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.server.exchange.binance.Kline;
import dev.robson.server.exchange.binance.fake.ReceivedOrder;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.TestCharts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Entries of planned operations in live mode: one signed LIMIT IOC BUY at E_max per confirmed
 * plan, whatever answer is lost on the way, and what it bought (all, part, nothing) guarded.
 * The account holds 1,000 USDC and nothing else, the fee is 0.1 % in BTC, and the chart is
 * {@link TestCharts#twoSupportsBelow90000()}, so the plan is the hand-worked one of the paper
 * tests: q 0.00824, E_max 90045.00, X 89100.00.
 */
class LiveEntryTest extends LiveScenario {

    private static final String PLAN = "{\"strategy_id\":1,\"symbol\":\"BTCUSDC\"}";

    @BeforeEach
    void accountAndChart() {
        BINANCE.setBalance(apiKey, "BTC", "0", "0");
        BINANCE.setBalance(apiKey, "USDC", "1000", "0");
        BINANCE.setBook("BTCUSDC", "89999.00", "90000.00");
        BINANCE.setKlines(
                "BTCUSDC", "15m", klines(TestCharts.twoSupportsBelow90000().apply(Instant.now())));
    }

    @Test
    void aConfirmedPlanBuysWithOneLimitIocAtTheEntryMaxAndTheMonitorSellsAtTheStop() {
        long number = plan();

        JsonNode active = confirm(number).json();

        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.get("filled_quantity").asString()).isEqualTo("0.00824");
        assertThat(active.get("entry_price").asString()).isEqualTo("90000.00");
        assertThat(active.get("take_profit").asString()).isEqualTo("91800.00");
        assertThat(entriesOf(number)).singleElement().satisfies(order -> {
            assertThat(order.side()).isEqualTo("BUY");
            assertThat(order.type()).isEqualTo("LIMIT");
            assertThat(order.timeInForce()).isEqualTo("IOC");
            assertThat(order.limitPrice()).isEqualByComparingTo("90045.00");
            assertThat(order.origQty()).isEqualByComparingTo("0.00824");
            assertThat(order.status()).isEqualTo("FILLED");
        });
        // 0.00824 × 90000.00 = 741.60 spent; the fee, 0.00000824 BTC, kept by the exchange.
        assertThat(BINANCE.freeBalance(apiKey, "USDC")).isEqualByComparingTo("258.40");
        assertThat(BINANCE.freeBalance(apiKey, "BTC")).isEqualByComparingTo("0.00823176");
        Operation guarded = current(storedId(number));
        assertThat(guarded.openQuantity()).isEqualByComparingTo("0.00823176");
        assertThat(guarded.feesPaid()).isEqualByComparingTo("0.7416");

        BINANCE.setBook("BTCUSDC", "89050.00", "89051.00");
        monitor.tick();
        monitor.tick();

        Operation closed = current(storedId(number));
        assertThat(closed.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
        // Sold 0.00823 at 89050.00 = 732.8815 less its 0.1 % fee: 258.40 + 732.1486185.
        assertThat(BINANCE.freeBalance(apiKey, "USDC")).isEqualByComparingTo("990.5486185");
        assertThat(entriesOf(number)).hasSize(1);
    }

    @Test
    void aReplayedKeyPlacesNoSecondOrder() {
        long number = plan();

        ApiClient.Reply first = confirm(number, "live-once");
        ApiClient.Reply again = confirm(number, "live-once");

        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(entriesOf(number)).hasSize(1);
    }

    /** Answers the exchange gives to an entry it has recorded and filled, none of which tells how it filled. */
    static Stream<Named<Runnable>> answersLostAfterFilling() {
        return Stream.of(
                Named.of("a 5xx", () -> BINANCE.failNextOrder(503)),
                Named.of("-1007, timeout waiting for the backend", BINANCE::backendTimeoutNextOrder),
                Named.of("unreadable JSON under a 200", BINANCE::unreadableAnswerNextOrder));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersLostAfterFilling")
    void anEntryWhoseAnswerIsLostAfterFillingIsLookedUpGuardedAsBoughtAndNotSentAgain(Runnable loseTheAnswer) {
        long number = plan();
        loseTheAnswer.run();

        JsonNode active = confirm(number).json();

        // No such answer says how the order filled (a 200 cut short proves at least that it
        // arrived): the lookup by its client order id tells, and what it reports is what the
        // trader holds.
        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.get("filled_quantity").asString()).isEqualTo("0.00824");
        assertThat(active.get("entry_price").asString()).isEqualTo("90000.00");
        assertThat(BINANCE.orders().stream().filter(order -> order.apiKey().equals(apiKey)))
                .singleElement()
                .satisfies(order -> {
                    assertThat(order.enters(storedId(number))).isTrue();
                    assertThat(order.status()).isEqualTo("FILLED");
                    assertThat(order.executedQty()).isEqualByComparingTo("0.00824");
                });
        // 0.00824 × 90000.00 = 741.60 spent; the fee, 0.00000824 BTC, kept by the exchange.
        assertThat(BINANCE.freeBalance(apiKey, "USDC")).isEqualByComparingTo("258.40");
        assertThat(BINANCE.freeBalance(apiKey, "BTC")).isEqualByComparingTo("0.00823176");
        Operation guarded = current(storedId(number));
        assertThat(guarded.status()).isEqualTo(OperationStatus.ACTIVE);
        assertThat(guarded.averageEntryPrice().value()).isEqualByComparingTo("90000.00");
        assertThat(guarded.openQuantity()).isEqualByComparingTo("0.00823176");
        // The fee from the looked-up trades, once: 0.00000824 BTC × 90000.00 = 0.7416.
        assertThat(guarded.feesPaid()).isEqualByComparingTo("0.7416");
        assertThat(eventsOf(storedId(number)))
                .containsSubsequence("ENTRY_ORDER_SENT", "ENTRY_ORDER_UNKNOWN", "ENTRY_FILLED", "ACTIVE")
                .doesNotContain("FAILED", "NEEDS_ATTENTION");
    }

    @Test
    void anIocThatFillsInPartIsActiveWithWhatItBought() {
        long number = plan();
        // The quote shows 90000.00, but only 0.003 rests at or below the entry max 90045.00.
        BINANCE.setBookLevels("BTCUSDC", List.of("89999.00@1"), List.of("90000.00@0.003", "90100.00@1"));

        JsonNode active = confirm(number).json();

        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.get("filled_quantity").asString()).isEqualTo("0.00300");
        assertThat(active.get("entry_price").asString()).isEqualTo("90000.00");
        assertThat(entriesOf(number)).singleElement().satisfies(order -> {
            assertThat(order.status()).isEqualTo("EXPIRED");
            assertThat(order.executedQty()).isEqualByComparingTo("0.003");
        });
        // 0.003 bought less the 0.000003 fee: what the stop guards and can sell.
        assertThat(current(storedId(number)).openQuantity()).isEqualByComparingTo("0.002997");
        assertThat(BINANCE.freeBalance(apiKey, "USDC")).isEqualByComparingTo("730.00");
    }

    @Test
    void anIocThatBuysNothingFailsAndNothingIsGuarded() {
        long number = plan();
        BINANCE.moveBookBeforeNextOrder("BTCUSDC", List.of("90099.00@1"), List.of("90100.00@1"));

        JsonNode failed = confirm(number).json();

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asString()).isEqualTo("nothing_filled");
        assertThat(entriesOf(number)).singleElement().satisfies(order -> {
            assertThat(order.status()).isEqualTo("EXPIRED");
            assertThat(order.executedQty()).isEqualByComparingTo("0");
        });
        assertThat(BINANCE.freeBalance(apiKey, "USDC")).isEqualByComparingTo("1000");
        assertThat(api.get("/api/portfolio/positions/", token).json().get("positions"))
                .isEmpty();
        assertThat(eventsOf(storedId(number))).endsWith("ENTRY_ORDER_EXPIRED", "FAILED");
    }

    @Test
    void anAskThatDriftedAboveTheEntryMaxSendsNoOrder() {
        long number = plan();
        BINANCE.setBook("BTCUSDC", "90045.00", "90045.01");

        ApiClient.Reply drift = confirm(number);

        assertProblem(drift, 422, "price_drift");
        assertThat(entriesOf(number)).isEmpty();
    }

    @Test
    void anEntryTheExchangeRefusesFailsWithNothingBought() {
        long number = plan();
        BINANCE.setSymbolStatus("BTCUSDC", "BREAK");
        try {
            JsonNode failed = confirm(number).json();

            assertThat(failed.get("status").asString()).isEqualTo("FAILED");
            assertThat(failed.get("failure").asString()).isEqualTo("entry_rejected");
            assertThat(entriesOf(number)).isEmpty();
            assertThat(BINANCE.freeBalance(apiKey, "USDC")).isEqualByComparingTo("1000");
        } finally {
            BINANCE.setSymbolStatus("BTCUSDC", "TRADING");
        }
    }

    @Test
    void anEntryMaxAbovePriceFilterIsRefusedBeforeAnyOrder() {
        // E_max = 90,000.00 x 1.0005 = 90,045.00 (on the tick), above a maxPrice of 90,040.00.
        BINANCE.setPriceBounds("BTCUSDC", "0.01", "90040.00");
        exchangeInfo.refresh();
        try {
            ApiClient.Reply refused = api.post("/api/operations/plan/", PLAN, token);

            assertProblem(refused, 422, "price_outside_filter");
            assertThat(refused.json().get("detail").asString())
                    .contains("90045")
                    .contains("90040");
            assertThat(BINANCE.orders()).noneMatch(order -> order.apiKey().equals(apiKey));
        } finally {
            BINANCE.setPriceBounds("BTCUSDC", "0.01", "1000000");
            exchangeInfo.refresh();
        }
    }

    private long plan() {
        ApiClient.Reply planned = api.post("/api/operations/plan/", PLAN, token);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        assertThat(planned.json().get("quantity").asString()).isEqualTo("0.00824");
        return planned.json().get("operation_id").asLong();
    }

    private ApiClient.Reply confirm(long number, String key) {
        return api.confirm(number, key, token);
    }

    /** A first confirmation: under an Idempotency-Key no request used before. */
    private ApiClient.Reply confirm(long number) {
        return confirm(number, UUID.randomUUID().toString());
    }

    /** The entry orders this tenant's key sent for the operation. */
    private List<ReceivedOrder> entriesOf(long number) {
        long id = storedId(number);
        return BINANCE.orders().stream()
                .filter(order -> order.apiKey().equals(apiKey))
                .filter(order -> order.enters(id))
                .toList();
    }

    private static List<Kline> klines(List<Candle> candles) {
        return candles.stream()
                .map(candle -> new Kline(
                        candle.openTime().toEpochMilli(),
                        candle.open().value(),
                        candle.high().value(),
                        candle.low().value(),
                        candle.close().value(),
                        candle.volume(),
                        candle.closeTime().toEpochMilli() - 1))
                .toList();
    }
}
