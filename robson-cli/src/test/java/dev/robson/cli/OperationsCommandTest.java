package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code robson operations}: list, show, track, move the stop/target, close. */
class OperationsCommandTest extends LoggedInCliTest {

    /** Operation #1 of operations-active.json listed; the training run's stand-in holds the same operation. */
    static final String ACTIVE_TABLE = """
            #  Symbol   Side      Qty       Entry        Stop      Target  Status
            1  BTCUSDC  LONG  0.00033  $88,837.92  $87,061.16  $92,391.44  ACTIVE
            """;

    @Test
    void whenOperationsAreListedThenActiveOnesShowAsATable() {
        server.onFixture("GET", "/api/operations/", "operations-active.json");

        var result = robson.execute("operations");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(ACTIVE_TABLE);
        assertThat(server.firstRequest("GET", "/api/operations/").query()).isEqualTo("status=active");
    }

    @Test
    void whenClosedOperationsAreListedThenRealizedPnlAndReasonShow() {
        server.onFixture("GET", "/api/operations/", "operations-closed.json");

        var result = robson.execute("operations", "list", "--status", "CLOSED");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Realized P&L")
                .contains("-$0.59")
                .contains("MANUAL")
                .contains(" 0.00033 ")
                .contains("2026-01-05T12:00:00Z");
        assertThat(server.firstRequest("GET", "/api/operations/").query()).isEqualTo("status=closed");
    }

    @Test
    void whenNoOperationHasTheStatusThenTheListSaysSo() {
        server.on("GET", "/api/operations/", 200, "{\"operations\":[]}");

        var result = robson.execute("operations", "list", "--status", "closing");

        assertThat(result.out()).isEqualTo("No closing operations.\n");
    }

    @Test
    void whenTheStatusIsUnknownThenItIsAUsageError() {
        var result = robson.execute("operations", "--status", "open");

        assertRefusedBeforeAnyRequest(result, "--status is one of active, closing, closed; not 'open'");
    }

    @Test
    void whenListingAsJsonThenStdoutIsTheServersDocument() {
        server.onFixture("GET", "/api/operations/", "operations-active.json");

        var result = robson.execute("operations", "list", "--json");

        assertThat(JsonDocuments.single(result.out())
                        .get("operations")
                        .get(0)
                        .get("entry_price")
                        .asString())
                .isEqualTo("88837.92");
    }

    @Test
    void whenOneOperationIsShownThenItIsACard() {
        server.onFixture("GET", "/api/operations/1/", "operation.json");

        var result = robson.execute("operations", "show", "1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("OPERATION #1  ACTIVE")
                .contains("Stop:   $87,061.16")
                .contains("Opened: 2025-12-22T14:30:00Z");
    }

    @Test
    void whenTheOperationDoesNotExistThenExitCodeIsNotFound() {
        server.onProblem("GET", "/api/operations/99/", 404, "operation_not_found", "Operation 99 not found.");

        var result = robson.execute("operations", "show", "99");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.err()).isEqualTo("robson: not found: Operation 99 not found\n");
    }

    @Test
    void whenTrackingThenAmountsAreSentAsTheStringsTyped() {
        server.on("POST", "/api/operations/", 201, FakeRobsonServer.fixture("operation.json"));

        var result = track(
                "btcusdc",
                "long",
                "0.00033",
                "88837.92",
                "87061.16",
                "92391.44",
                "--opened-at",
                "2025-12-22T14:30:00Z");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Tracking operation #1.\n");
        assertThat(server.firstRequest("POST", "/api/operations/").body())
                .isEqualTo(
                        "{\"symbol\":\"BTCUSDC\",\"side\":\"LONG\",\"quantity\":\"0.00033\",\"entry_price\":\"88837.92\","
                                + "\"stop_loss\":\"87061.16\",\"take_profit\":\"92391.44\","
                                + "\"opened_at\":\"2025-12-22T14:30:00Z\"}");
    }

    /** One value typed wrong (the side, the quantity or the opening time), and the line naming it. */
    static Stream<Arguments> mistypedTracks() {
        return Stream.of(
                arguments("BUY", "abc", List.of(), "--quantity 'abc' is not a decimal number such as 87061.16"),
                arguments("BUY", "-1", List.of(), "--quantity must be a plain positive decimal, not '-1'"),
                arguments("BUY", "0", List.of(), "--quantity must be a plain positive decimal, not '0'"),
                arguments("BUY", "1e3", List.of(), "--quantity must be a plain positive decimal, not '1e3'"),
                arguments("HOLD", "1", List.of(), "--side is LONG, SHORT, BUY or SELL; not 'HOLD'"),
                arguments(
                        "BUY",
                        "1",
                        List.of("--opened-at", "yesterday"),
                        "--opened-at 'yesterday' is not an instant such as 2025-12-22T14:30:00Z"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("mistypedTracks")
    void whenATypedValueIsNotWhatItsOptionTakesThenNothingIsSent(
            String side, String quantity, List<String> more, String why) {
        var result = trackBtcusdc(side, quantity, more.toArray(String[]::new));

        assertRefusedBeforeAnyRequest(result, why);
    }

    @Test
    void whenTheServerRejectsTheRequestFieldsThenEachFieldIsNamed() {
        server.on("POST", "/api/operations/", 400, """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"The request is invalid.",\
                "code":"invalid_request","errors":[{"field":"quantity","message":"must be on the step size"}]}""");

        var result = trackBtcusdc("BUY", "0.000335");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err())
                .isEqualTo("robson: the server refused the request: The request is invalid "
                        + "(quantity must be on the step size)\n");
    }

    @Test
    void whenMovingTheStopThenOnlyTheGivenPricesArePatched() {
        server.on(
                "PATCH",
                "/api/operations/1/",
                200,
                FakeRobsonServer.fixture("operation.json").replace("87061.16", "87500.00"));

        var result = robson.execute("operations", "move", "1", "--stop", "87500.00");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("Moved the protection of operation #1.\n")
                .contains("$87,500.00");
        assertThat(server.firstRequest("PATCH", "/api/operations/1/").body()).isEqualTo("{\"stop_loss\":\"87500.00\"}");
    }

    @Test
    void whenMovingWithoutAPriceThenItIsAUsageError() {
        var result = robson.execute("operations", "move", "1");

        assertRefusedBeforeAnyRequest(result, "say what to move: --stop PRICE and/or --target PRICE");
    }

    @Test
    void whenTheStopWouldBeAboveThePriceThenExitCodeIsRejected() {
        server.onProblem(
                "PATCH",
                "/api/operations/1/",
                422,
                "invalid_protection",
                "stop_loss 90000 must be below the current bid 89245 for a LONG");

        var result = robson.execute("operations", "move", "1", "--stop", "90000", "--target", "95000", "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.err())
                .isEqualTo("robson: refused: stop_loss 90000 must be below the current bid 89245 for a LONG\n");
        assertThat(result.out()).isEmpty();
        assertThat(server.firstRequest("PATCH", "/api/operations/1/").body())
                .isEqualTo("{\"stop_loss\":\"90000\",\"take_profit\":\"95000\"}");
    }

    @Test
    void whenClosingWithYesThenItClosesAndShowsTheRealizedPnl() {
        server.onFixture("POST", "/api/operations/1/close/", "operation-closed.json");

        var result = robson.execute("operations", "close", "1", "--yes");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("Closed operation #1: realized P&L -$0.59.\n")
                .contains("Closed:       2026-01-05T12:00:00Z (MANUAL)")
                .contains("Qty:          0.00033 BTC");
    }

    @Test
    void whenTheCloseWasChargedInBnbThenTheCardShowsTheFeeInBnbAndItsQuoteValue() {
        server.onFixture("POST", "/api/operations/1/close/", "operation-closed.json");

        var result = robson.execute("operations", "close", "1", "--yes");

        // The fixture's fee: 0.00003681 BNB worth 0.02 USDC, the server's strings as they are.
        assertThat(result.out()).contains("Fees:         0.00003681 BNB ($0.02)");
    }

    @Test
    void whenClosingAsJsonThenStdoutIsTheClosedOperation() {
        server.onFixture("POST", "/api/operations/1/close/", "operation-closed.json");

        var result = robson.execute("operations", "close", "1", "--yes", "--json");

        assertThat(JsonDocuments.single(result.out()).get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void whenClosingWithoutATerminalOrYesThenNothingIsClosed() {
        var result = robson.execute("operations", "close", "1");

        assertRefusedBeforeAnyRequest(result, "closing needs confirmation: pass --yes when there is no terminal");
    }

    @Test
    void whenTheTraderConfirmsAtTheTerminalThenItCloses() {
        server.onFixture("GET", "/api/operations/1/", "operation.json")
                .onFixture("POST", "/api/operations/1/close/", "operation-closed.json");

        var result = robson.typing(null, "y").execute("operations", "close", "1");

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests("POST", "/api/operations/1/close/")).hasSize(1);
    }

    @Test
    void whenTheTraderDeclinesThenNothingIsClosed() {
        server.onFixture("GET", "/api/operations/1/", "operation.json");

        var result = robson.typing(null, "n").execute("operations", "close", "1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEqualTo("robson: not closed\n");
        assertThat(server.requests("POST", "/api/operations/1/close/")).isEmpty();
    }

    @Test
    void whenTheOperationIsAlreadyClosedThenExitCodeIsRejected() {
        server.onProblem("POST", "/api/operations/1/close/", 409, "illegal_transition", "Operation 1 is CLOSED.");

        var result = robson.execute("operations", "close", "1", "-y");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REJECTED);
    }

    @Test
    void whenTheIdIsNotPositiveThenItIsAUsageError() {
        var zero = robson.execute("operations", "show", "0");
        var word = robson.execute("operations", "show", "one");

        assertRefusedBeforeAnyRequest(zero, "an operation id is a positive number, not 0");
        assertRefusedBeforeAnyRequest(
                word,
                "Invalid value for positional parameter at index 0 (ID): 'one' is not a long"
                        + " (see 'robson operations show --help')");
    }

    /** {@code operations track} of BTCUSDC with this side and quantity, entry 1, stop 1, target 2, then {@code more}. */
    private CliRun.Result trackBtcusdc(String side, String quantity, String... more) {
        return track("BTCUSDC", side, quantity, "1", "1", "2", more);
    }

    /** {@code operations track} with each required option as typed here, then {@code more}. */
    private CliRun.Result track(
            String symbol, String side, String quantity, String entry, String stop, String target, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "operations",
                "track",
                "--symbol",
                symbol,
                "--side",
                side,
                "--quantity",
                quantity,
                "--entry",
                entry,
                "--stop",
                stop,
                "--target",
                target));
        args.addAll(List.of(more));
        return robson.execute(args.toArray(String[]::new));
    }
}
