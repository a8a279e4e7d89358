package dev.robson.server.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.OrderPurpose;
import dev.robson.core.operation.OrderStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.TestCharts;
import dev.robson.server.support.TestTenants;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every rule that refuses a plan, over HTTP, each with its code: the month's budget and its
 * pause, the duplicate, the strategy, the chart, the size against the exchange's filters and
 * the cash, the market's status, the cap, and the guards run again at confirmation.
 */
@PlanningTest
class PlanRefusalsTest extends PlanningScenario {

    @Autowired
    OperationRepository operations;

    @Autowired
    SymbolCatalog symbols;

    @Test
    void aPlanRiskingMoreThanTheMonthHasLeftIsRefused() {
        // 35 lost this month: 40 − 35 = 5 remain, less than the plan's 9.996404616.
        closedThisMonth("100000.00", "65000.00");

        ApiClient.Reply refused = plan(BTC_PLAN);

        assertRefused(refused, "monthly_budget_exhausted");
        JsonNode risk = api.get("/api/risk/status/", token).json();
        assertThat(risk.get("consumed").asString()).isEqualTo("35.00");
        assertThat(risk.get("remaining").asString()).isEqualTo("5.00");
        assertThat(risk.get("slots").asInt()).isZero();
        assertThat(risk.get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aMonthWhoseLossesReachedTheBudgetIsPausedUntilTheNextMonth() {
        // 0.001 BTC bought at 100,000.00 and sold at 60,000.00: 40 lost, the whole 4 % of 1,000.
        closedThisMonth("100000.00", "60000.00");
        JsonNode paused = api.get("/api/risk/status/", token).json();
        assertThat(paused.get("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.get("consumed").asString()).isEqualTo("40.00");
        assertThat(paused.get("remaining").asString()).isEqualTo("0.00");
        assertThat(paused.get("slots").asInt()).isZero();
        assertThat(code(plan(BTC_PLAN))).isEqualTo("month_paused");

        Instant now = clock.instant();
        YearMonth next = YearMonth.from(now.atOffset(ZoneOffset.UTC)).plusMonths(1);
        clock.advance(
                Duration.between(now, next.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                        .plusHours(1));

        JsonNode fresh = api.get("/api/risk/status/", token).json();
        assertThat(fresh.get("month").asString()).isEqualTo(next.toString());
        assertThat(fresh.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(fresh.get("consumed").asString()).isEqualTo("0.00");
        assertThat(fresh.get("capital_base").asString()).isEqualTo("1000.00");
        ApiClient.Reply planned = plan(BTC_PLAN);
        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.json().get("budget").get("month").asString()).isEqualTo(next.toString());
    }

    @Test
    void theMonthsCapitalIsTheFirstPlansSnapshotNotTheEquityNow() {
        planBtc();
        // Half the cash gone after the first plan: the month's capital base stays 1,000.
        tenants.paperBalance(trader, "USDC", "500");

        JsonNode risk = api.get("/api/risk/status/", token).json();

        assertThat(risk.get("capital_base").asString()).isEqualTo("1000.00");
        assertThat(risk.get("budget").asString()).isEqualTo("40.00");
    }

    @Test
    void aSecondOpenOperationOnTheSameSymbolAndSideIsADuplicate() {
        planBtc();
        assertThat(code(plan(BTC_PLAN))).isEqualTo("duplicate_position");

        // A position tracked by hand counts as well.
        var other = tenants.newTrader("tracker");
        tenants.paperBalance(other, "USDC", "1000");
        tenants.longBtc(other);
        String otherToken = api.login(other.username(), TestTenants.PASSWORD);
        ApiClient.Reply duplicate = api.post("/api/operations/plan/", BTC_PLAN, otherToken);
        assertRefused(duplicate, "duplicate_position");
    }

    @Test
    void aShortStrategyIsRefusedSpotOpensLongOnly() {
        long shortStrategy = strategy("Short", "SHORT", "1", "4");

        ApiClient.Reply refused = plan(planning(shortStrategy, "BTCUSDC"));

        assertRefused(refused, "side_not_supported");
    }

    @Test
    void aStrategyRiskingMoreATradeThanAMonthIsInvalid() {
        long invalid = strategy("Reckless", "LONG", "5", "4");

        ApiClient.Reply refused = plan(planning(invalid, "BTCUSDC"));

        assertRefused(refused, "invalid_strategy");
        // Listed all the same, so the trader sees which row is wrong.
        assertThat(api.get("/api/strategies/", token).json().get("strategies")).hasSize(2);
    }

    @Test
    void anUnknownStrategyOrSymbolIsNotFoundAndAMalformedRequestIsBad() {
        assertThat(code(plan(planning(99, "BTCUSDC")))).isEqualTo("strategy_not_found");
        assertThat(plan(planning(99, "BTCUSDC")).status()).isEqualTo(404);
        assertThat(code(plan(planning(1, "NOPEUSDC")))).isEqualTo("unknown_symbol");
        assertThat(plan(planning(1, "btc-usdc")).status()).isEqualTo(400);
        assertThat(plan("{\"strategy_id\":1,\"symbol\":\"BTCUSDC\",\"quantity\":\"1\"}")
                        .status())
                .isEqualTo(400);
        assertThat(plan("{\"symbol\":\"BTCUSDC\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/operations/plan/?dry_run=maybe", BTC_PLAN, token)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aRiskAllowanceTooSmallForOneStepIsBelowTheMinimumQuantity() {
        // R = 1,000 × 0.0001 % = 0.001: 0.001 / 1213.1559 buys 0.0000008, under the step 0.00001.
        ApiClient.Reply refused = plan(planning(strategy("Tiny", "LONG", "0.0001", "4"), "BTCUSDC"));

        assertRefused(refused, "below_min_quantity");
    }

    @Test
    void anEntryWorthLessThanTheMinimumNotionalIsRefused() {
        // R = 0.04: q = floor(0.04 / 1213.1559 = 0.0000329…) = 0.00003, worth 0.00003 × 90045 = 2.70135 < 5.
        ApiClient.Reply refused = plan(planning(strategy("Small", "LONG", "0.004", "4"), "BTCUSDC"));

        assertThat(code(refused)).isEqualTo("below_min_notional");
    }

    @Test
    void aStopThatCouldNotSellForTheMinimumNotionalIsRefused() {
        // R = 0.075: q = floor(0.075 / 1213.1559 = 0.0000618…) = 0.00006, worth 5.4027 ≥ 5 to buy;
        // after the fee the stop holds floor(0.00005994) = 0.00005, worth 0.00005 × 89010.9 = 4.450545 < 5.
        ApiClient.Reply refused = plan(planning(strategy("Edge", "LONG", "0.0075", "4"), "BTCUSDC"));

        assertThat(code(refused)).isEqualTo("exit_below_min_notional");
    }

    @Test
    void aStopThatCouldNotSellTheMarketMinimumQuantityIsRefused() {
        // SOLUSDC sells at market 100 SOL at least. E 150.00, X 148.50 (L2), E_max 150.08,
        // L = (150.08 − 148.3515) + 0.15008 + 0.1483515 = 2.0269315, q = floor(10 / L) = 4.933,
        // q_sell = floor(4.933 × 0.999) = 4.928 < 100.
        listed("SOLUSDC", "SOL", "0.01", "0.001", "TRADING", "100");
        quotes.set("SOLUSDC", "149.99", "150.00");
        candles.chart("SOLUSDC", TestCharts.flat("150.05", "0.10", Map.of(30, "149.70", 60, "148.50")));

        ApiClient.Reply refused = plan(planning(1, "SOLUSDC"));

        assertRefused(refused, "exit_below_min_quantity");
    }

    @Test
    void cashThatCannotPayTheSmallestEntryIsAnInsufficientBalance() {
        // 3 USDC × 0.99 / 90045 = 0.00003 at most, worth 2.70135: under the minimum notional 5.
        tenants.paperBalance(trader, "USDC", "3");

        ApiClient.Reply refused = plan(BTC_PLAN);

        assertThat(code(refused)).isEqualTo("insufficient_balance");
    }

    @Test
    void aSymbolTheExchangeDoesNotTradeNowIsRefused() {
        listed("XRPUSDC", "XRP", "0.0001", "0.1", "BREAK", "0");
        quotes.set("XRPUSDC", "0.5000", "0.5001");

        ApiClient.Reply refused = plan(planning(1, "XRPUSDC"));

        assertThat(code(refused)).isEqualTo("symbol_not_trading");
    }

    @Test
    void aChartWithNoStopInBoundsIsRefusedNeverAGuessedStop() {
        // Candles 12 % high to low and no swing: 1.5 × ATR 0.1200 = 0.18 below 1.0000 is 18 %, past 10 %.
        listed("ADAUSDC", "ADA", "0.0001", "0.1", "TRADING", "0");
        quotes.set("ADAUSDC", "0.9999", "1.0000");
        candles.chart("ADAUSDC", TestCharts.flat("1.0000", "0.0600", Map.of()));

        ApiClient.Reply refused = plan(planning(1, "ADAUSDC"));
        JsonNode levels = api.get("/api/analysis/levels/ADAUSDC/", token).json();

        assertRefused(refused, "no_valid_stop");
        assertThat(levels.get("refusal").asString()).isEqualTo("no_valid_stop");
        assertThat(levels.get("atr").asString()).isEqualTo("0.1200");
        assertThat(levels.has("stop_loss")).isFalse();
    }

    @Test
    void tooFewCandlesAreDataUnavailableAndRetryable() {
        listed("DOGEUSDC", "DOGE", "0.00001", "1", "TRADING", "0");
        quotes.set("DOGEUSDC", "0.19999", "0.20000");
        var chart = TestCharts.flat("0.20010", "0.00010", Map.of());
        candles.chart("DOGEUSDC", now -> chart.apply(now).subList(TestCharts.CANDLES - 10, TestCharts.CANDLES));

        ApiClient.Reply refused = plan(planning(1, "DOGEUSDC"));
        ApiClient.Reply levels = api.get("/api/analysis/levels/DOGEUSDC/", token);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(code(refused)).isEqualTo("data_unavailable");
        assertThat(levels.status()).isEqualTo(503);
        assertThat(code(levels)).isEqualTo("data_unavailable");
    }

    @Test
    void pendingPlansCountAgainstTheOpenOperationCap() {
        // The cap here is 4 open operations a tenant.
        for (int i = 0; i < 4; i++) {
            tenants.holding(trader, "ETHUSDC", Side.BUY, "0.0500", "2950.00", "2850.00", "3150.00");
        }

        ApiClient.Reply refused = plan(BTC_PLAN);

        assertRefused(refused, "open_operations_limit");
    }

    @Test
    void aPlanOnAnotherQuoteAssetThanTheBudgetsIsRefused() {
        quotes.set("BTCUSDT", "89999.00", "90000.00");

        ApiClient.Reply refused = plan(planning(1, "BTCUSDT"));

        assertThat(code(refused)).isEqualTo("quote_asset_mismatch");
    }

    @Test
    void theMonthsRulesRunAgainAtConfirmation() {
        long number = planBtc();
        closedThisMonth("100000.00", "60000.00");

        assertConfirmationRefused(number, "month_paused", "REJECTED");
    }

    @Test
    void theCashIsReadAgainAtConfirmation() {
        long number = planBtc();
        tenants.paperBalance(trader, "USDC", "3");

        ApiClient.Reply refused = confirm(number);

        assertThat(code(refused)).isEqualTo("insufficient_balance");
        assertThat(planOf(number).get("failure").asString()).isEqualTo("insufficient_balance");
    }

    @Test
    void aSmallerFreeBalanceAtConfirmationBuysLessNeverMore() {
        long number = planBtc();
        // 500 × 0.99 / 90045 = 0.005496… → 0.00549 now fits the cash, under the planned 0.00824.
        tenants.paperBalance(trader, "USDC", "500");

        JsonNode active = confirm(number).json();

        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.get("filled_quantity").asString()).isEqualTo("0.00549");
        // 0.00549 × 90000.00 = 494.10 paid.
        assertThat(paperFree("USDC")).isEqualByComparingTo("5.90");
    }

    private static String planning(long strategy, String symbol) {
        return "{\"strategy_id\":" + strategy + ",\"symbol\":\"" + symbol + "\"}";
    }

    /** Adds a strategy for this trader like the default but for side and percentages; answers its number. */
    private long strategy(String name, String side, String riskPercent, String monthlyPercent) {
        strategies.all(trader.tenantId(), clock.instant());
        StoredStrategy base = StoredStrategy.defaults();
        return strategies
                .insert(
                        trader.tenantId(),
                        new StoredStrategy(
                                0,
                                0,
                                name,
                                side,
                                base.timeframe(),
                                base.supportLevel(),
                                new BigDecimal(riskPercent),
                                base.rewardMultiple(),
                                new BigDecimal(monthlyPercent),
                                base.lookback(),
                                base.clusterTolerancePercent(),
                                base.minDistancePercent(),
                                base.maxDistancePercent(),
                                base.atrPeriod(),
                                base.atrMultiple(),
                                base.maxStalenessSeconds()),
                        clock.instant())
                .number();
    }

    /** A symbol of this database only, quoted in USDC, minimum notional 5. */
    private void listed(String symbol, String base, String tick, String step, String status, String marketMinQty) {
        int known = jdbc.sql("SELECT COUNT(*) FROM symbols WHERE symbol = :symbol")
                .param("symbol", symbol)
                .query(Integer.class)
                .single();
        if (known == 0) {
            jdbc.sql("""
                    INSERT INTO symbols (symbol, base_asset, quote_asset, tick_size, step_size, min_notional, trading,
                                         status, market_min_qty)
                    VALUES (:symbol, :base, 'USDC', :tick, :step, 5, :trading, :status, :marketMin)""")
                    .param("symbol", symbol)
                    .param("base", base)
                    .param("tick", new BigDecimal(tick))
                    .param("step", new BigDecimal(step))
                    .param("trading", "TRADING".equals(status))
                    .param("status", status)
                    .param("marketMin", new BigDecimal(marketMinQty))
                    .update();
        }
    }

    /** 0.001 BTC bought and sold this month, no fees: (exit − entry) × 0.001 realized. */
    private void closedThisMonth(String entry, String exit) {
        Instant now = clock.instant();
        Instant opened = now;
        operations.insert(new Operation(
                null,
                trader.tenantId(),
                symbols.find("BTCUSDC").orElseThrow(),
                Side.BUY,
                Price.of("50000.00"),
                Price.of("150000.00"),
                OperationStatus.CLOSED,
                CloseReason.STOP_LOSS,
                opened,
                now,
                List.of(
                        OrderExecution.filledEntry(Quantity.of("0.001"), Price.of(entry), opened),
                        new OrderExecution(
                                OrderPurpose.EXIT,
                                OrderStatus.FILLED,
                                new BigDecimal("0.001"),
                                Price.of(exit),
                                now,
                                "test-exit",
                                null,
                                Fee.NONE)),
                0));
    }
}
