package dev.robson.server.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Side;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.symbols.SymbolCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Statistics, daily P&amp;L and history over a hand-built set of closed operations. Fees are not
 * recorded yet, so net equals gross. USDC trades in close order:
 * <pre>
 *   A BTCUSDC LONG  0.001  90000.00 → 100000.00   +10.00  11-02 09:00–10:00  (3600 s)
 *   B BTCUSDC LONG  0.001 100000.00 →  96000.00    −4.00  11-02 13:00–15:00  (7200 s)
 *   C ETHUSDC SHORT 0.1     3000.00 →   3035.00    −3.50  11-03 07:30–08:00  (1800 s)
 *   D BTCUSDC LONG  0.0005 95000.00 →  90000.00    −2.50  11-03 11:00–12:00  (3600 s)
 *   E ETHUSDC LONG  1.0     3000.00 →   3020.00   +20.00  11-03 09:00–11-04 09:00 (86400 s)
 * </pre>
 * Equity 10, 6, 2.5, 0, 20: the losing streak B–D falls 10.00 from the first peak. BTC-quoted:
 * F ETHBTC LONG 0.5 0.03000 → 0.03020 = +0.0001 (3600 s), G 0.5 0.03020 → 0.03015 = −0.000025 (7200 s).
 */
abstract class PerformanceApiContract extends ApiFixture {

    /** Every figure of one quote asset's statistics, in the answer's order. */
    private static final String[] FIGURES = {
        "trades",
        "wins",
        "losses",
        "win_rate_percent",
        "realized_pnl",
        "realized_pnl_net",
        "fees",
        "average_win",
        "average_loss",
        "profit_factor",
        "expectancy",
        "best",
        "worst",
        "max_drawdown",
        "average_duration_seconds"
    };

    @Autowired
    OperationRepository repository;

    @Autowired
    SymbolCatalog symbols;

    long operationA;
    /** What the API calls operation A: its tenant's number for it. */
    long numberA;

    @BeforeEach
    void setUp() {
        signIn("perf");
        var book = new ClosedOperations(repository, symbols);
        operationA = book.closed(
                trader,
                "BTCUSDC",
                Side.BUY,
                "0.001",
                "90000.00",
                "100000.00",
                "2026-11-02T09:00:00Z",
                "2026-11-02T10:00:00Z",
                CloseReason.TAKE_PROFIT);
        numberA = repository.find(trader.tenantId(), operationA).orElseThrow().number();
        book.closed(
                trader,
                "BTCUSDC",
                Side.BUY,
                "0.001",
                "100000.00",
                "96000.00",
                "2026-11-02T13:00:00Z",
                "2026-11-02T15:00:00Z",
                CloseReason.STOP_LOSS);
        book.closed(
                trader,
                "ETHUSDC",
                Side.SELL,
                "0.1",
                "3000.00",
                "3035.00",
                "2026-11-03T07:30:00Z",
                "2026-11-03T08:00:00Z",
                CloseReason.STOP_LOSS);
        book.closed(
                trader,
                "BTCUSDC",
                Side.BUY,
                "0.0005",
                "95000.00",
                "90000.00",
                "2026-11-03T11:00:00Z",
                "2026-11-03T12:00:00Z",
                CloseReason.STOP_LOSS);
        book.closed(
                trader,
                "ETHUSDC",
                Side.BUY,
                "1.0",
                "3000.00",
                "3020.00",
                "2026-11-03T09:00:00Z",
                "2026-11-04T09:00:00Z",
                CloseReason.MANUAL);
        book.closed(
                trader,
                "ETHBTC",
                Side.BUY,
                "0.5",
                "0.03000",
                "0.03020",
                "2026-11-03T09:00:00Z",
                "2026-11-03T10:00:00Z",
                CloseReason.TAKE_PROFIT);
        book.closed(
                trader,
                "ETHBTC",
                Side.BUY,
                "0.5",
                "0.03020",
                "0.03015",
                "2026-11-04T08:00:00Z",
                "2026-11-04T10:00:00Z",
                CloseReason.STOP_LOSS);
    }

    @Test
    void performanceFiguresPerQuoteAssetWorkedOutByHand() {
        var reply = api.get("/api/portfolio/performance/", token);

        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> performance = list(reply.json().get("performance"));
        assertThat(performance)
                .extracting(node -> node.get("quote_asset").asString())
                .containsExactly("BTC", "USDC");
        JsonNode usdc = performance.get(1);
        assertThat(text(usdc, FIGURES))
                .containsExactly(
                        // 5 trades, 2 wins: 40 %; 10 − 4 − 3.5 − 2.5 + 20 = 20.00; wins (10 + 20) / 2; losses −10 / 3;
                        // factor 30 / 10; expectancy 20 / 5; durations 102600 s / 5
                        "5",
                        "2",
                        "3",
                        "40.00",
                        "20.00",
                        "20.00",
                        "0.00",
                        "15.00",
                        "-3.33",
                        "3.00",
                        "4.00",
                        "20.00",
                        "-4.00",
                        "10.00",
                        "20520");
        JsonNode btc = performance.getFirst();
        assertThat(text(btc, FIGURES))
                // F won, G lost; 0.0001 − 0.000025 = 0.000075, no fees recorded; 0.0001 / 0.000025 = 4;
                // 0.000075 / 2 = 0.0000375; (3600 + 7200) / 2
                .containsExactly(
                        "2",
                        "1",
                        "1",
                        "50.00",
                        "0.00007500",
                        "0.00007500",
                        "0.00000000",
                        "0.00010000",
                        "-0.00002500",
                        "4.00",
                        "0.00003750",
                        "0.00010000",
                        "-0.00002500",
                        "0.00002500",
                        "5400");
    }

    @Test
    void performanceOfOnePeriodCountsOnlyTradesClosedInIt() {
        // 11-03 closes C (−3.50) and D (−2.50) in USDC, F (+0.0001) in BTC; E closed on 11-04.
        List<JsonNode> performance = list(api.get("/api/portfolio/performance/?from=2026-11-03&to=2026-11-03", token)
                .json()
                .get("performance"));

        JsonNode usdc = performance.get(1);
        assertThat(text(usdc, "trades", "wins", "realized_pnl", "profit_factor", "max_drawdown"))
                .containsExactly("2", "0", "-6.00", "0.00", "6.00");
        assertThat(usdc.has("average_win")).isFalse(); // undefined without wins
    }

    @Test
    void aProfitFactorWithoutLossesIsNull() {
        List<JsonNode> performance = list(api.get("/api/portfolio/performance/?to=2026-11-02", token)
                .json()
                .get("performance"));

        // Only A and B closed by 11-02, both in USDC.
        assertThat(performance).extracting(p -> p.get("trades").asString()).containsExactly("2");
        var onlyWins = list(api.get("/api/portfolio/performance/?from=2026-11-04", token)
                .json()
                .get("performance"));
        // 11-04: E (+20.00, USDC) and G (−0.000025, BTC)
        assertThat(onlyWins.get(1).has("profit_factor")).isFalse(); // undefined without losses
        assertThat(onlyWins.get(1).get("win_rate_percent").asString()).isEqualTo("100.00");
    }

    @Test
    void dailyRealizedPnlPerDayAndQuoteAssetWithEquity() {
        var reply = api.get("/api/portfolio/daily/", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(list(reply.json().get("daily")))
                .extracting(day -> String.join(
                        " ", text(day, "day", "quote_asset", "trades", "realized_pnl", "realized_pnl_net", "equity")))
                .containsExactly(
                        "2026-11-02 USDC 2 6.00 6.00 6.00", // A + B
                        "2026-11-03 BTC 1 0.00010000 0.00010000 0.00010000",
                        "2026-11-03 USDC 2 -6.00 -6.00 0.00", // C + D; 6.00 − 6.00
                        "2026-11-04 BTC 1 -0.00002500 -0.00002500 0.00007500",
                        "2026-11-04 USDC 1 20.00 20.00 20.00"); // E
    }

    @Test
    void historyListsClosedTradesNewestCloseFirstWithFilters() {
        var all = list(api.get("/api/portfolio/history/", token).json().get("trades"));
        assertThat(all).hasSize(7);
        assertThat(all.getFirst().get("closed_at").asString()).isEqualTo("2026-11-04T10:00:00Z");

        var stops = list(api.get("/api/portfolio/history/?symbol=BTCUSDC&reason=stop_loss", token)
                .json()
                .get("trades"));
        assertThat(stops).extracting(t -> t.get("realized_pnl").asString()).containsExactly("-2.50", "-4.00");

        var a = list(api.get("/api/portfolio/history/?from=2026-11-02&to=2026-11-02&reason=TAKE_PROFIT", token)
                .json()
                .get("trades"));
        assertThat(a).hasSize(1);
        assertThat(text(
                        a.getFirst(),
                        "operation_id",
                        "symbol",
                        "direction",
                        "quantity",
                        "entry_price",
                        "exit_price",
                        "realized_pnl",
                        "realized_pnl_net",
                        "fees",
                        "close_reason",
                        "opened_at",
                        "closed_at",
                        "duration_seconds",
                        "quote_asset"))
                .containsExactly(
                        String.valueOf(numberA),
                        "BTCUSDC",
                        "LONG",
                        "0.00100",
                        "90000.00",
                        "100000.00",
                        "10.00",
                        "10.00",
                        "0.00",
                        "TAKE_PROFIT",
                        "2026-11-02T09:00:00Z",
                        "2026-11-02T10:00:00Z",
                        "3600",
                        "USDC");
    }

    @Test
    void closedOperationsAreReadOnPageAfterPageWithoutGapsOrRepeats() {
        var first = repository.findClosed(trader.tenantId(), null, null, null, null, 3, null);
        var second = repository.findClosed(trader.tenantId(), null, null, null, null, 3, first.getLast());
        var third = repository.findClosed(trader.tenantId(), null, null, null, null, 3, second.getLast());

        assertThat(Stream.of(first, second, third)
                        .flatMap(List::stream)
                        .map(o -> o.id())
                        .distinct())
                .hasSize(7);
        assertThat(third).hasSize(1);
        assertThat(third.getFirst().id()).isEqualTo(operationA); // the earliest close comes last
    }

    @Test
    void historyIsCutAtItsLimitAndSaysSo() {
        var reply = api.get("/api/portfolio/history/?limit=2", token).json();

        assertThat(reply.get("trades")).hasSize(2);
        assertThat(reply.get("truncated").asBoolean()).isTrue();
        assertThat(api.get("/api/portfolio/history/?limit=7", token)
                        .json()
                        .get("truncated")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void badPeriodsReasonsAndSymbolsAreRefused() {
        for (String path : List.of(
                "/api/portfolio/performance/?from=yesterday",
                "/api/portfolio/daily/?to=2026-13-01",
                "/api/portfolio/performance/?from=2026-11-04&to=2026-11-03",
                "/api/portfolio/history/?reason=LUCK")) {
            var reply = api.get(path, token);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.json().get("code").asString()).as(path).isIn("invalid_period", "invalid_reason");
        }
        assertThat(api.get("/api/portfolio/history/?symbol=DOGEUSDC", token).status())
                .isEqualTo(400);
        assertThat(api.get("/api/portfolio/history/?limit=0", token).status()).isEqualTo(400);
    }

    @Test
    void whenAnotherTenantAsksThenItSeesNoneOfThisTenantsTrades() {
        var other = tenants.newTrader("perf-other");
        new ClosedOperations(repository, symbols)
                .closed(
                        other,
                        "BTCUSDT",
                        Side.BUY,
                        "0.001",
                        "90000.00",
                        "91000.00",
                        "2026-11-02T09:00:00Z",
                        "2026-11-02T10:00:00Z",
                        CloseReason.MANUAL);
        String otherToken = login(other);

        var performance =
                list(api.get("/api/portfolio/performance/", otherToken).json().get("performance"));
        assertThat(performance).extracting(p -> p.get("quote_asset").asString()).containsExactly("USDT");
        assertThat(performance.getFirst().get("realized_pnl").asString()).isEqualTo("1.00");
        assertThat(list(api.get("/api/portfolio/daily/", otherToken).json().get("daily")))
                .extracting(d -> d.get("quote_asset").asString())
                .containsExactly("USDT");
        assertThat(list(api.get("/api/portfolio/history/", otherToken).json().get("trades")))
                .extracting(t -> t.get("symbol").asString())
                .containsExactly("BTCUSDT");
        // And the first tenant's figures do not include the other's USDT trade.
        assertThat(list(api.get("/api/portfolio/performance/", token).json().get("performance")))
                .extracting(p -> p.get("quote_asset").asString())
                .containsExactly("BTC", "USDC");
        // The other tenant's own #1 is its BTCUSDT trade; this tenant's operation A is not reachable by any number.
        assertThat(api.get("/api/operations/" + (numberA + 100) + "/orders/", otherToken)
                        .status())
                .isEqualTo(404);
        assertThat(list(api.get("/api/operations/1/orders/", otherToken).json().get("orders")))
                .allSatisfy(order ->
                        assertThat(order.get("average_price").asString()).isIn("90000.00", "91000.00"));
    }

    @Test
    void withoutATokenEveryNewEndpointAnswers401() {
        for (String path : List.of(
                "/api/portfolio/performance/",
                "/api/portfolio/daily/",
                "/api/portfolio/history/",
                "/api/operations/" + numberA + "/orders/")) {
            assertThat(api.get(path, null).status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void theOrdersOfAnOperationAreItsFills() {
        var orders = list(
                api.get("/api/operations/" + numberA + "/orders/", token).json().get("orders"));

        assertThat(orders)
                .extracting(o -> String.join(
                        " ", text(o, "purpose", "status", "executed_quantity", "average_price", "executed_at")))
                .containsExactly(
                        "ENTRY FILLED 0.00100 90000.00 2026-11-02T09:00:00Z",
                        "EXIT FILLED 0.00100 100000.00 2026-11-02T10:00:00Z");
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> text(JsonNode node, String... fields) {
        return Arrays.stream(fields).map(field -> node.get(field).asString()).toList();
    }
}
