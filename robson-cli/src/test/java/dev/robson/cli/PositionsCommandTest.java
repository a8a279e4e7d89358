package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code robson positions} against the server's real positions JSON. */
class PositionsCommandTest extends LoggedInCliTest {

    @Test
    void whenPositionsAreOpenThenEachShowsAsACardWithPnlStopAndTarget() {
        var result = positionsShown("positions.json", Terminal.PLAIN);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                ╔═══════════════════════════════════════════════════════════╗
                ║ ACTIVE POSITIONS [PAPER]                                  ║
                ╠═══════════════════════════════════════════════════════════╣
                ║ Symbol:  BTCUSDC  #1                                      ║
                ║ Side:    LONG                                             ║
                ║ Qty:     0.00033 BTC                                      ║
                ║ Entry:   $88,837.92                                       ║
                ║ Current: $89,245.00 [SIMULATED]                           ║
                ║ P&L:     +$0.13 (+0.46%)                                  ║
                ║ Stop:    $87,061.16 (-2.45%)  if hit -$0.59               ║
                ║ Target:  $92,391.44 (+3.53%)  if hit +$1.17               ║
                ╠═══════════════════════════════════════════════════════════╣
                ║ Total USDC: P&L +$0.13 (+0.46%), net +$0.10, value $29.45 ║
                ╚═══════════════════════════════════════════════════════════╝
                Valued at 2026-01-05 12:00:00 Z
                """);
        assertThat(server.authorizations("GET", "/api/portfolio/positions/")).containsExactly("Bearer access-1");
    }

    @Test
    void whenTheTerminalTakesColourThenGainsAreGreenAndMarksYellow() {
        var result = positionsShown("positions.json", new Terminal(true, true, true));

        assertThat(result.out())
                .contains("\u001B[32m+$0.13 (+0.46%)\u001B[0m")
                .contains("\u001B[33m[SIMULATED]\u001B[0m")
                .contains("\u001B[31m-$0.59\u001B[0m");
    }

    @Test
    void whenPositionsLoseThenPnlIsNegativeAndRedAndNonDollarQuotesNameTheirAsset() {
        var result = positionsShown("positions-losing.json", new Terminal(true, true, true));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("\u001B[31m-$5.98 (-0.66%)\u001B[0m")
                .contains("\u001B[31m-0.00065000 BTC (-1.54%)\u001B[0m")
                .contains("SHORT")
                .contains("Qty:     1.2500 ETH")
                .contains("Entry:   0.03370 BTC")
                .contains("Entry:   $90,120.00")
                .contains("\u001B[31m[STALE]\u001B[0m")
                .doesNotContain("[LIVE]")
                .doesNotContain("[BINANCE]")
                .contains(
                        "Total USDT: P&L \u001B[31m-$5.98 (-0.66%)\u001B[0m, net \u001B[31m-$6.88\u001B[0m, value $895.22");
    }

    @Test
    void whenColourIsOffThenNoEscapeCodeIsWritten() {
        var result = positionsShown("positions-losing.json", new Terminal(false, false, true));

        assertThat(result.out()).doesNotContain("\u001B").contains("-$5.98 (-0.66%)");
    }

    @Test
    void whenTheOutputIsNotUtf8ThenTheCardIsDrawnInAscii() {
        var result = positionsShown("positions.json", new Terminal(false, false, false));

        assertThat(result.out())
                .startsWith("+=====")
                .contains("| Symbol:  BTCUSDC  #1")
                .doesNotContain("═")
                .doesNotContain("║");
        assertThat(result.out().chars()).allMatch(c -> c < 128);
    }

    @Test
    void whenThereAreNoPositionsThenAClearEmptyStateShows() {
        var result = positionsShown("positions-empty.json", Terminal.PLAIN);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("No open positions. [PAPER]\n").contains("robson operations track");
    }

    @Test
    void whenJsonIsAskedThenStdoutIsExactlyTheServersDocument() {
        server.onFixture("GET", "/api/portfolio/positions/", "positions.json");

        var result = robson.terminal(new Terminal(true, true, true)).execute("positions", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode document = JsonDocuments.single(result.out());
        assertThat(document.get("positions").get(0).get("unrealized_pnl").asString())
                .isEqualTo("0.13");
        assertThat(document.get("trading_mode").asString()).isEqualTo("PAPER");
        assertThat(result.out()).doesNotContain("\u001B");
    }

    @Test
    void whenWatchAndJsonAreBothAskedThenItIsAUsageError() {
        var result = robson.execute("positions", "--watch", "--json");

        assertRefusedBeforeAnyRequest(result, "--watch and --json do not mix: --json prints one document");
    }

    @Test
    void whenTheServerOmitsTheFieldsBeyondTheSeedThenTheCardStillRenders() {
        server.on("GET", "/api/portfolio/positions/", 200, """
                {"positions":[{"operation_id":1,"symbol":"BTCUSDC","side":"BUY","quantity":"0.00033",
                "entry_price":"88837.92","current_price":"89245.50","unrealized_pnl":"0.13",
                "unrealized_pnl_percent":"0.46","stop_loss":"87061.16","take_profit":"92391.44",
                "distance_to_stop_percent":"-2.45","distance_to_target_percent":"3.53","status":"OPEN"}]}""");

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Side:    LONG")
                .contains("Current: $89,245.50 ")
                .contains("Stop:    $87,061.16 (-2.45%) ")
                .doesNotContain("if hit");
    }

    @Test
    void whenAnAmountIsMissingThenItIsAServerErrorNotAWrongNumber() {
        server.on("GET", "/api/portfolio/positions/", 200, """
                {"positions":[{"operation_id":1,"symbol":"BTCUSDC","side":"BUY","quantity":"0.00033"}]}""");

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(result.err()).startsWith("robson: the server's answer was not understood: field 'entry_price'");
        assertThat(result.out()).isEmpty();
    }

    /** {@code robson positions} on this terminal, the server answering this fixture. */
    private CliRun.Result positionsShown(String fixture, Terminal terminal) {
        server.onFixture("GET", "/api/portfolio/positions/", fixture);
        return robson.terminal(terminal).execute("positions");
    }
}
