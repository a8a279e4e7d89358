package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code robson history} and {@code robson stats}: the review of closed operations. */
class ReviewCommandsTest extends LoggedInCliTest {

    private static final String HISTORY = """
            {"trades":[{"operation_id":3,"symbol":"BTCUSDC","side":"BUY","direction":"LONG","quantity":"0.00100",
             "entry_price":"90000.00","exit_price":"100000.00","realized_pnl":"10.00","realized_pnl_net":"10.00",
             "fees":"0.00","close_reason":"TAKE_PROFIT","quote_asset":"USDC","opened_at":"2026-11-02T09:00:00Z",
             "closed_at":"2026-11-02T10:00:00Z","duration_seconds":3900}],"truncated":false}""";

    private static final String PERFORMANCE = """
            {"performance":[{"quote_asset":"USDC","trades":5,"wins":2,"losses":3,"win_rate_percent":"40.00",
             "realized_pnl":"20.00","realized_pnl_net":"20.00","fees":"0.00","average_win":"15.00",
             "average_loss":"-3.33","profit_factor":"3.00","expectancy":"4.00","best":"20.00","worst":"-4.00",
             "max_drawdown":"10.00","average_duration_seconds":20520},
             {"quote_asset":"USDT","trades":1,"wins":1,"losses":0,"win_rate_percent":"100.00","realized_pnl":"5.00",
             "realized_pnl_net":"5.00","fees":"0.00","average_win":"5.00","average_loss":null,"profit_factor":null,
             "expectancy":"5.00","best":"5.00","worst":"5.00","max_drawdown":"0.00","average_duration_seconds":60}]}""";

    @Test
    void whenHistoryIsAskedThenClosedOperationsShowAsATable() {
        server.on("GET", "/api/portfolio/history/", 200, HISTORY);

        var result = robson.execute("history");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                #  Symbol   Side      Qty       Entry         Exit      P&L      Net  Reason        Held  Closed
                3  BTCUSDC  LONG  0.00100  $90,000.00  $100,000.00  +$10.00  +$10.00  TAKE_PROFIT  1h 5m  2026-11-02T10:00:00Z
                """);
        assertThat(server.firstRequest("GET", "/api/portfolio/history/").query())
                .isNull();
    }

    @Test
    void whenHistoryIsFilteredThenTheFiltersGoToTheServerAsUtcDays() {
        server.on("GET", "/api/portfolio/history/", 200, "{\"trades\":[],\"truncated\":false}");

        // CliRun.NOW is the clock of every run: 7d is today and the 6 days before.
        var result = robson.execute("history", "--since", "7d", "--symbol", "btcusdc", "--reason", "stop_loss");

        assertThat(result.exitCode()).isZero();
        String today = LocalDate.ofInstant(CliRun.NOW, ZoneOffset.UTC).toString();
        String weekAgo =
                LocalDate.ofInstant(CliRun.NOW, ZoneOffset.UTC).minusDays(6).toString();
        assertThat(server.firstRequest("GET", "/api/portfolio/history/").query())
                .isEqualTo("from=" + weekAgo + "&to=" + today + "&symbol=BTCUSDC&reason=STOP_LOSS");
        assertThat(result.out()).startsWith("No closed operations (" + weekAgo + " to " + today + ").");
    }

    @Test
    void whenHistoryIsAskedAsJsonThenStdoutIsTheServersDocument() {
        server.on("GET", "/api/portfolio/history/", 200, HISTORY);

        var result = robson.execute("history", "--json");

        assertThat(result.out().strip()).isEqualTo(HISTORY.strip());
    }

    @Test
    void whenStatsAreAskedThenEachQuoteAssetHasItsOwnBlock() {
        server.on("GET", "/api/portfolio/performance/", 200, PERFORMANCE);

        var result = robson.execute("stats", "--period", "2026-11");

        assertThat(result.exitCode()).isZero();
        assertThat(server.firstRequest("GET", "/api/portfolio/performance/").query())
                .isEqualTo("from=2026-11-01&to=2026-11-30");
        assertThat(result.out())
                .contains("USDC, 2026-11-01 to 2026-11-30")
                .contains("USDT, 2026-11-01 to 2026-11-30")
                .contains("5 (2 won, 3 lost)")
                .contains("40.00%")
                .contains("-$3.33")
                .contains("$10.00")
                .contains("- (no losses)")
                .contains("5h 42m");
    }

    @Test
    void whenThePeriodIsNotUnderstoodThenItIsAUsageErrorAndNothingIsAsked() {
        var result = robson.execute("stats", "--period", "last-week");

        assertRefusedBeforeAnyRequest(
                result,
                "--period is 7d, today, month, all, 2026-11, 2026-11-02 or 2026-11-02..2026-11-08; not 'last-week'");
    }
}
