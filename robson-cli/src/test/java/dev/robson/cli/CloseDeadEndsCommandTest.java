package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A close that cannot proceed is marked on its card, and can be retried or resolved from the CLI. */
class CloseDeadEndsCommandTest extends LoggedInCliTest {

    @Test
    void whenACloseCannotProceedThenItsCardIsMarkedWithTheReasonAndTheWayOut() {
        server.onFixture("GET", "/api/portfolio/positions/", "positions-closing.json");

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("!! CLOSING: The exchange rejected the close order 3 times")
                .contains("robson operations retry 7")
                .contains("BTCUSDC  #7 [HALT]")
                .contains("Current: no price [STALE]")
                .doesNotContain("P&L:");
    }

    @Test
    void whenRetryingThenTheRetryEndpointIsCalled() {
        server.onFixture("POST", "/api/operations/1/close/retry/", "operation-closed.json");

        var result = robson.execute("operations", "retry", "1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Operation #1 is CLOSED.");
        assertThat(server.requests("POST", "/api/operations/1/close/retry/")).hasSize(1);
    }

    @Test
    void whenResolvingAsClosedOutsideThenTheFillsAreSentAsTypedStrings() {
        server.onFixture("POST", "/api/operations/1/resolve/", "operation-closed.json");

        var result = robson.execute(
                "operations",
                "resolve",
                "1",
                "--closed-outside",
                "--fill",
                "0.00033@90000.00:0.0297:USDC",
                "--note",
                "sold on the app");

        assertThat(result.exitCode()).isZero();
        assertThat(server.firstRequest("POST", "/api/operations/1/resolve/").body())
                .isEqualTo(
                        "{\"outcome\":\"CLOSED_OUTSIDE\",\"fills\":[{\"quantity\":\"0.00033\",\"price\":\"90000.00\","
                                + "\"commission\":\"0.0297\",\"commission_asset\":\"USDC\"}],\"note\":\"sold on the app\"}");
    }

    @Test
    void whenResolvingWithoutAnOutcomeOrWithAMalformedFillThenNothingIsSent() {
        var noOutcome = robson.execute("operations", "resolve", "1");
        var badFill = robson.execute("operations", "resolve", "1", "--closed-outside", "--fill", "0.00033");

        assertRefusedBeforeAnyRequest(
                noOutcome,
                "Error: Missing required argument (specify one of these): (--nothing-sold | --closed-outside)"
                        + " (see 'robson operations resolve --help')");
        assertRefusedBeforeAnyRequest(badFill, "--fill is QTY@PRICE[:FEE:ASSET], not '0.00033'");
    }
}
