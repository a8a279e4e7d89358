package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run: every command once against its stand-in server. Each command
 * must answer exactly what it answers against the real server's shapes, so a stand-in that
 * drifted from the API (or answered errors) fails here instead of training the archive on
 * error paths. Colours are taken off before comparing; the styles have their own tests.
 */
class TrainingTest {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");

    private static List<Training.Step> steps;

    @BeforeAll
    static void runTheTraining() throws Exception {
        steps = Training.run(Clock.fixed(CliRun.NOW, ZoneOffset.UTC));
    }

    @Test
    void everyCommandRunsOnceInOrderWithItsExitStatus() {
        assertThat(steps)
                .extracting(step -> String.join(" ", step.args()) + " -> " + step.exitCode())
                .containsExactly(
                        "--version -> 0",
                        "--help -> 0",
                        "login --username training --password-stdin -> 0",
                        "positions -> 0",
                        "positions --json -> 0",
                        "price BTCUSDC -> 0",
                        "price btcusdc --json -> 0",
                        "price NOSUCH -> " + ExitCodes.NOT_FOUND,
                        "price -> " + ExitCodes.USAGE,
                        "account -> 0",
                        "operations -> 0",
                        "operations show 1 -> 0",
                        "strategies -> 0",
                        "analyze BTCUSDC -> 0",
                        "plan BTCUSDC --strategy BTC Spot Manual --dry-run -> 0",
                        "plan BTCUSDC --dry-run --json -> 0",
                        "risk -> 0",
                        "completion -> 0",
                        "price BTCUSDC --watch --interval 20ms -> 0",
                        "logout -> 0");
    }

    @Test
    void theSuccessfulCommandsPrintNothingOnStandardError() {
        assertThat(steps)
                .filteredOn(step -> step.exitCode() == ExitCodes.OK)
                .allSatisfy(step ->
                        assertThat(step.err()).as(step.args().toString()).isEmpty());
    }

    @Test
    void thePlanningCommandsReadTheStandInsPlanningAnswers() {
        assertThat(plain(step("strategies").out())).contains("BTC Spot Manual", "ETH Third Support");
        assertThat(plain(step("analyze").out())).contains("88,650.00");
        assertThat(plain(step("plan", "BTCUSDC", "--strategy").out()))
                .contains("PLAN (dry run)", "Max loss:  $10.25 (0.9969% of capital)", "Dry run: nothing saved.");
        assertThat(step("plan", "BTCUSDC", "--dry-run", "--json").out()).contains("\"planned_risk\":\"10.25\"");
        assertThat(plain(step("risk").out())).contains("30.85");
    }

    @Test
    void theSessionCommandsNameTheStandIn() {
        assertThat(step("--version").out()).startsWith("robson (development build)\nJava ");
        assertThat(plain(step("--help").out())).startsWith("Usage: robson [-hV] [--server=URL] [COMMAND]\n");
        assertThat(step("login").out()).matches("Logged in to http://127\\.0\\.0\\.1:\\d+ as training\\.\n");
        assertThat(step("completion").out()).contains("complete -F _complete_robson -o default robson");
        assertThat(step("logout").out()).matches("Logged out of http://127\\.0\\.0\\.1:\\d+\\.\n");
    }

    @Test
    void positionsShowTheCardAndTheJsonAsItCame() {
        assertThat(plain(step("positions").out())).isEqualTo("""
                ╔═══════════════════════════════════════════════╗
                ║ ACTIVE POSITIONS [PAPER]                      ║
                ╠═══════════════════════════════════════════════╣
                ║ Symbol:  BTCUSDC  #1                          ║
                ║ Side:    LONG                                 ║
                ║ Qty:     0.00033 BTC                          ║
                ║ Entry:   $88,837.92                           ║
                ║ Current: $89,245.00 [SIMULATED]               ║
                ║ P&L:     +$0.13 (+0.46%)                      ║
                ║ Stop:    $87,061.16 (-2.45%)  if hit -$0.59   ║
                ║ Target:  $92,391.44 (+3.53%)  if hit +$1.17   ║
                ╠═══════════════════════════════════════════════╣
                ║ Total USDC: P&L +$0.13 (+0.46%), value $29.45 ║
                ╚═══════════════════════════════════════════════╝
                Valued at 2026-01-05 12:00:00 Z
                """);
        assertThat(step("positions", "--json").out())
                .startsWith("{\"positions\":[{\"operation_id\":1,\"symbol\":\"BTCUSDC\"")
                .endsWith("\"trading_mode\":\"PAPER\",\"as_of\":1767614400}\n");
    }

    @Test
    void priceShowsTheQuoteAndRefusesWhatIsNotOne() {
        assertThat(plain(step("price", "BTCUSDC").out()))
                .isEqualTo("BTC/USDC: Bid $89,245.00 | Ask $89,246.00 | Spread $1.00 [SIMULATED]\n");
        assertThat(step("price", "btcusdc", "--json").out())
                .isEqualTo(
                        "{\"symbol\":\"BTCUSDC\",\"base_asset\":\"BTC\",\"quote_asset\":\"USDC\",\"bid\":\"89245.00\","
                                + "\"ask\":\"89246.00\",\"last\":\"89245.50\",\"spread\":\"1.00\",\"spread_percent\":\"0.0011\","
                                + "\"timestamp\":1767614400,\"stale\":false,\"source\":\"SIMULATED\"}\n");
        assertThat(step("price", "NOSUCH").out()).isEmpty();
        assertThat(step("price", "NOSUCH").err()).isEqualTo("robson: not found: Unknown symbol\n");
        assertThat(step("price").err())
                .isEqualTo("robson: Missing required parameter: 'SYMBOL' (see 'robson price --help')\n");
    }

    @Test
    void accountShowsTheSummaryAndTheBalances() {
        assertThat(plain(step("account").out())).isEqualTo(AccountCommandTest.SUMMARY_CARD + """

                Asset      Free  Locked     Total      Value
                USDC   1,000.00    0.00  1,000.00  $1,000.00
                Total                              $1,000.00
                """);
    }

    @Test
    void operationsListAndShowTheOperation() {
        assertThat(plain(step("operations").out())).isEqualTo(OperationsCommandTest.ACTIVE_TABLE);
        assertThat(plain(step("operations", "show", "1").out())).isEqualTo("""
                ╔══════════════════════════════╗
                ║ OPERATION #1  ACTIVE         ║
                ╠══════════════════════════════╣
                ║ Symbol: BTCUSDC              ║
                ║ Side:   LONG                 ║
                ║ Qty:    0.00033 BTC          ║
                ║ Entry:  $88,837.92           ║
                ║ Stop:   $87,061.16           ║
                ║ Target: $92,391.44           ║
                ║ Opened: 2025-12-22T14:30:00Z ║
                ╚══════════════════════════════╝
                """);
    }

    /** Frames are identical on the fixed clock; how many were drawn before the stop depends on the machine. */
    @Test
    void theWatchDrawsThePriceUntilStoppedAndGivesTheCursorBack() {
        String frame = """
                BTC/USDC: Bid $89,245.00 | Ask $89,246.00 | Spread $1.00 [SIMULATED] \s
                Last $89,245.50 · Spread 0.0011% · Quoted 12:00:00
                Every 20ms · 12:00:00 · Ctrl-C to stop
                """;
        String out = step("price", "BTCUSDC", "--watch").out();
        assertThat(out).startsWith(Watch.HIDE_CURSOR + Watch.CLEAR_SCREEN).endsWith(Watch.SHOW_CURSOR);
        assertThat(plain(out)).matches("(" + Pattern.quote(frame) + ")+");
    }

    /** The step run with exactly {@code args}, else the first whose arguments start with them. */
    private static Training.Step step(String... args) {
        List<String> wanted = List.of(args);
        return steps.stream()
                .filter(step -> step.args().equals(wanted))
                .findFirst()
                .or(() -> steps.stream()
                        .filter(step -> step.args().size() > args.length
                                && step.args().subList(0, args.length).equals(wanted))
                        .findFirst())
                .orElseThrow();
    }

    private static String plain(String text) {
        return ANSI.matcher(text).replaceAll("");
    }
}
