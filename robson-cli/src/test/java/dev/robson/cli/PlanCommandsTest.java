package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code robson strategies}, {@code analyze}, {@code plan} and {@code risk}: reading and planning, nothing bought. */
class PlanCommandsTest extends LoggedInCliTest {

    private static final String PLAN = "/api/operations/plan/";
    private static final String LEVELS = "/api/analysis/levels/BTCUSDC/";

    /**
     * The terms of plan #42 (plan.json) as its card lists them until something is bought: the
     * planned card and the cancelled one show the same plan.
     */
    static final String PLAN_42_TERMS = """
            ║ Entry ref: $90,000.00                           ║
            ║ Entry max: $90,045.00 (LIMIT IOC)               ║
            ║ Stop:      $88,650.00 (1.50% below entry ref)   ║
            ║ Target:    $92,700.00 (estimate)                ║
            ║ Size:      0.00618 BTC ($556.48)                ║
            ║ Max loss:  $10.27 (0.9993% of capital)          ║
            ║ Method:    SWING_LEVEL_2 · HIGH confidence      ║
            ║ Warnings:  none                                 ║
            """;

    @Test
    void whenStrategiesAreListedThenEachShowsItsRiskSettings() {
        server.onFixture("GET", "/api/strategies/", "strategies.json");

        var result = robson.execute("strategies");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                #  Name               Side  Timeframe  Support  Risk/trade  Reward  Month max
                1  BTC Spot Manual    LONG  15m             L2          1%      2R         4%
                2  ETH Third Support  LONG  15m             L3        0.5%      3R         2%
                """);
    }

    @Test
    void whenAPlanIsMadeThenTheCardShowsStopSizeRiskBudgetAndTheCountdown() {
        strategiesAndPlan(201, "plan.json");

        var result = robson.execute("plan", "btcusdc", "--strategy", "  btc SPOT manual ");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                ╔═════════════════════════════════════════════════╗
                ║ PLAN #42  PLANNED  BTC/USDC LONG                ║
                ╠═════════════════════════════════════════════════╣
                """ + PLAN_42_TERMS + """
                ╠═════════════════════════════════════════════════╣
                ║ Budget 2026-01: $30.85 left of $41.12 · 3 slots ║
                ║ Expires in 1m 58s · robson confirm 42           ║
                ╚═════════════════════════════════════════════════╝
                """);
        var sent = server.firstRequest("POST", PLAN);
        assertThat(sent.body()).isEqualTo("{\"strategy_id\":1,\"symbol\":\"BTCUSDC\"}");
        assertThat(sent.query()).isNull();
    }

    @Test
    void whenNoSymbolIsNamedThenTheFirstOneWithNoOpenOperationIsPlannedWithTheFirstStrategy() {
        // positions.json holds BTCUSDC (operation #1, as the demo account does); of the catalogue,
        // BTCUSDT is quoted in USDT, not the budget's USDC: ETHUSDC is the first free one.
        choosingTheSymbolFrom("""
                [{"symbol":"BTCUSDC","base_asset":"BTC","quote_asset":"USDC"},
                 {"symbol":"BTCUSDT","base_asset":"BTC","quote_asset":"USDT"},
                 {"symbol":"ETHUSDC","base_asset":"ETH","quote_asset":"USDC"}]""");
        server.on("POST", PLAN, 201, FakeRobsonServer.fixture("plan.json"));

        var result = robson.execute("plan", "--dry-run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        var sent = server.firstRequest("POST", PLAN);
        assertThat(sent.body()).isEqualTo("{\"strategy_id\":1,\"symbol\":\"ETHUSDC\"}");
        assertThat(sent.query()).isEqualTo("dry_run=true");
    }

    @Test
    void whenEverySymbolHasAnOpenOperationThenPlanAsksForOne() {
        choosingTheSymbolFrom("[{\"symbol\":\"BTCUSDC\",\"quote_asset\":\"USDC\"}]");

        var result = robson.execute("plan");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("every symbol quoted in USDC already has an open operation");
        assertThat(server.requests("POST", PLAN)).isEmpty();
    }

    @Test
    void whenTheClockMovesThenTheCountdownFollowsItAndAnExpiredPlanSaysSo() {
        strategiesAndPlan(201, "plan.json");

        var later = robson.clock(Clock.fixed(CliRun.NOW.plusSeconds(111), ZoneOffset.UTC))
                .execute("plan", "BTCUSDC", "--strategy", "BTC Spot Manual");
        var past = robson.clock(Clock.fixed(CliRun.NOW.plusSeconds(118), ZoneOffset.UTC))
                .execute("plan", "BTCUSDC", "--strategy", "BTC Spot Manual");

        assertThat(later.out()).contains("║ Expires in 7s · robson confirm 42 ");
        assertThat(past.out())
                .contains("║ Expired: nothing will be bought; plan again.")
                .doesNotContain("robson confirm");
    }

    @Test
    void whenADryRunIsAskedThenNothingIsSavedAndTheWarningsShow() {
        strategiesAndPlan(200, "plan-dry-run.json");

        var result = robson.execute("plan", "BTCUSDC", "--strategy", "BTC Spot Manual", "--dry-run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                ╔═══════════════════════════════════════════════════════════════════════════╗
                ║ PLAN (dry run)  PLANNED  BTC/USDC LONG                                    ║
                ╠═══════════════════════════════════════════════════════════════════════════╣
                ║ Entry ref: $90,000.00                                                     ║
                ║ Entry max: $90,045.00 (LIMIT IOC)                                         ║
                ║ Stop:      $89,381.25 (0.69% below entry ref)                             ║
                ║ Target:    $91,237.50 (estimate)                                          ║
                ║ Size:      0.01099 BTC ($989.59)                                          ║
                ║ Max loss:  $10.25 (0.9969% of capital)                                    ║
                ║ Method:    ATR_FALLBACK · LOW confidence                                  ║
                ║ ⚠ no support within bounds: the stop comes from the ATR (atr_fallback)    ║
                ║ ⚠ the free balance, not the risk allowance, limits the size (cash_capped) ║
                ╠═══════════════════════════════════════════════════════════════════════════╣
                ║ Budget 2026-01: $41.12 left of $41.12 · 4 slots                           ║
                ║ Dry run: nothing saved.                                                   ║
                ╚═══════════════════════════════════════════════════════════════════════════╝
                """);
        assertThat(server.firstRequest("POST", PLAN).query()).isEqualTo("dry_run=true");
    }

    @Test
    void whenAPlanIsMadeAsJsonThenStdoutIsThePlanAsItCame() {
        strategiesAndPlan(201, "plan.json");

        var result = robson.execute("plan", "BTCUSDC", "--strategy", "BTC Spot Manual", "--json");

        assertThat(result.out().strip()).isEqualTo(FakeRobsonServer.fixture("plan.json"));
        var plan = JsonDocuments.single(result.out());
        assertThat(plan.get("entry_max").asString()).isEqualTo("90045.00");
        assertThat(plan.get("budget").get("remaining").asString()).isEqualTo("30.85");
    }

    @Test
    void whenTheStrategyNameIsUnknownThenItIsAUsageErrorNamingTheStrategies() {
        server.onFixture("GET", "/api/strategies/", "strategies.json");

        var result = robson.execute("plan", "BTCUSDC", "--strategy", "Scalper");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err())
                .isEqualTo("robson: no strategy 'Scalper'; the strategies are: BTC Spot Manual, ETH Third Support"
                        + " (see 'robson strategies')\n");
        assertThat(server.requests("POST", PLAN)).isEmpty();
    }

    @Test
    void whenTheSymbolIsMalformedThenNothingIsSent() {
        var malformed = robson.execute("plan", "BTC/USDC", "--strategy", "BTC Spot Manual");

        assertRefusedBeforeAnyRequest(
                malformed, "'BTC/USDC' is not a symbol: 2 to 24 letters and digits, e.g. BTCUSDC");
    }

    @Test
    void whenNoStrategyIsNamedThenTheTenantsFirstIsFollowed() {
        // strategies.json lists BTC Spot Manual as #1, as the dashboard preselects it.
        strategiesAndPlan(201, "plan.json");

        var result = robson.execute("plan", "BTCUSDC");

        assertThat(result.exitCode()).isZero();
        assertThat(server.firstRequest("POST", PLAN).body()).isEqualTo("{\"strategy_id\":1,\"symbol\":\"BTCUSDC\"}");
    }

    @Test
    void whenATradingRuleRefusesThePlanThenExitCodeIsRejectedWithTheServersDetail() {
        strategiesAndPlan(422, "plan-refused-budget.json");

        var result = robson.execute("plan", "BTCUSDC", "--strategy", "BTC Spot Manual", "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo(
                        "robson: refused: The plan would risk 10.27 USDC; the month's remaining budget is 4.10 USDC\n");
    }

    @Test
    void whenLevelsAreAnalyzedThenTheCardShowsEachSupportAndTheStopTaken() {
        server.onFixture("GET", LEVELS, "levels.json");

        var result = robson.execute("analyze", "btcusdc");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                ╔═════════════════════════════════════════════════════════╗
                ║ LEVELS  BTC/USDC  15m to 2026-01-05T11:45:00Z           ║
                ╠═════════════════════════════════════════════════════════╣
                ║ Entry ref: $90,000.00                                   ║
                ║ Stop:      $88,650.00 (SWING_LEVEL_2 · HIGH confidence) ║
                ║ ATR(14):   $412.50                                      ║
                ╠═════════════════════════════════════════════════════════╣
                ║ Level       Price  Lows  Last touch                     ║
                ║ L1     $89,960.00     1  2026-01-05T11:15:00Z           ║
                ║ L2     $88,650.00     3  2026-01-05T06:30:00Z  <- stop  ║
                ║ L3     $87,210.00     2  2026-01-04T21:45:00Z           ║
                ╚═════════════════════════════════════════════════════════╝
                """);
        assertThat(server.firstRequest("GET", LEVELS).query()).isNull();
        assertThat(server.requests("GET", "/api/strategies/")).isEmpty();
    }

    @Test
    void whenNoStopIsValidThenTheAnalysisSaysWhyAndShowsTheSkippedLevels() {
        server.onFixture("GET", "/api/strategies/", "strategies.json").onFixture("GET", LEVELS, "levels-no-stop.json");

        var result = robson.execute("analyze", "BTCUSDC", "--strategy", "eth third support");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                ╔═══════════════════════════════════════════════╗
                ║ LEVELS  BTC/USDC  15m to 2026-01-05T11:45:00Z ║
                ╠═══════════════════════════════════════════════╣
                ║ Entry ref: $90,000.00                         ║
                ║ Stop:      none (no_valid_stop)               ║
                ║ ATR(14):   $412.50                            ║
                ╠═══════════════════════════════════════════════╣
                ║ Level       Price  Lows  Last touch           ║
                ║ L1     $89,960.00     2  2026-01-05T11:15:00Z ║
                ║ L2     $89,930.00     1  2026-01-05T10:30:00Z ║
                ║ skipped $89,930.00 (below_min)                ║
                ╚═══════════════════════════════════════════════╝
                """);
        assertThat(server.firstRequest("GET", LEVELS).query()).isEqualTo("strategy_id=2");
    }

    @Test
    void whenTheCandlesAreUnavailableThenExitCodeIsServerErrorWithTheReason() {
        server.on("GET", LEVELS, 503, FakeRobsonServer.fixture("levels-unavailable.json"));

        var result = robson.execute("analyze", "BTCUSDC");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(result.err())
                .isEqualTo("robson: server error (HTTP 503 data_unavailable): "
                        + "The newest closed 15m candle of BTCUSDC is older than 30 minutes\n");
    }

    @Test
    void whenTheRiskBudgetIsShownThenEachFigureIsTheServers() {
        server.onFixture("GET", "/api/risk/status/", "risk-status.json");

        var result = robson.execute("risk");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                ╔════════════════════════════╗
                ║ RISK 2026-01  USDC  ACTIVE ║
                ╠════════════════════════════╣
                ║ Capital base: $1,028.00    ║
                ║ Budget:       $41.12       ║
                ║ Consumed:     $0.00        ║
                ║ Open risk:    $10.27       ║
                ║ Remaining:    $30.85       ║
                ║ Slots:        3            ║
                ╚════════════════════════════╝
                """);
    }

    @Test
    void whenTheMonthIsPausedThenTheCardSaysUntilWhen() {
        server.onFixture("GET", "/api/risk/status/", "risk-status-paused.json");

        var result = robson.execute("risk");

        assertThat(result.out()).isEqualTo("""
                ╔══════════════════════════════════════════════════════════╗
                ║ RISK 2026-01  USDC  PAUSED                               ║
                ╠══════════════════════════════════════════════════════════╣
                ║ Capital base: $1,028.00                                  ║
                ║ Budget:       $41.12                                     ║
                ║ Consumed:     $41.50                                     ║
                ║ Open risk:    $0.00                                      ║
                ║ Remaining:    $0.00                                      ║
                ║ Slots:        0                                          ║
                ║ Losses reached the month's limit: no plan until 2026-02. ║
                ╚══════════════════════════════════════════════════════════╝
                """);
    }

    @ParameterizedTest(name = "{0} --json")
    @CsvSource(delimiter = '|', textBlock = """
            strategies      | /api/strategies/              | strategies.json         | /strategies/0/risk_per_trade_percent | 1
            analyze BTCUSDC | /api/analysis/levels/BTCUSDC/ | levels.json             | /stop_loss                           | 88650.00
            risk            | /api/risk/status/             | risk-status-paused.json | /status                              | PAUSED
            """)
    void whenAReadingIsAskedAsJsonThenStdoutIsTheServersDocumentAsItCame(
            String command, String path, String fixture, String field, String value) {
        server.onFixture("GET", path, fixture);

        var result = robson.execute(Stream.concat(Arrays.stream(command.split(" ")), Stream.of("--json"))
                .toArray(String[]::new));

        assertThat(result.out().strip()).isEqualTo(FakeRobsonServer.fixture(fixture));
        assertThat(JsonDocuments.single(result.out()).at(field).asString()).isEqualTo(value);
    }

    /**
     * What plan reads to choose the symbol itself: the strategies, the risk budget (in USDC), the
     * open positions (BTCUSDC, operation #1) and this catalogue of symbols.
     */
    private void choosingTheSymbolFrom(String symbols) {
        server.onFixture("GET", "/api/strategies/", "strategies.json")
                .onFixture("GET", "/api/risk/status/", "risk-status.json")
                .onFixture("GET", "/api/portfolio/positions/", "positions.json")
                .on("GET", "/api/market/symbols/", 200, symbols);
    }

    /** The tenant's strategies, and this answer to the plan request. */
    private void strategiesAndPlan(int status, String fixture) {
        server.onFixture("GET", "/api/strategies/", "strategies.json")
                .on("POST", PLAN, status, FakeRobsonServer.fixture(fixture));
    }
}
