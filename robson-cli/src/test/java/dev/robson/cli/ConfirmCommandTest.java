package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** {@code robson confirm} and {@code robson cancel}: the only planning commands that change anything. */
class ConfirmCommandTest extends LoggedInCliTest {

    private static final String CONFIRM = "/api/operations/42/confirm/";
    private static final String CANCEL = "/api/operations/42/cancel/";
    private static final String KEY_SHAPE = "[A-Za-z0-9_-]{1,64}";

    @Test
    void whenConfirmedWithYesThenItBuysOnceAndShowsTheFill() {
        server.onFixture("POST", CONFIRM, "plan-active.json");

        var result = robson.execute("confirm", "42", "--yes");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                Bought 0.00618 BTC at $90,012.35: operation #42 is guarded (stop $88,650.00, target $92,737.05).
                ╔═════════════════════════════════════════════════╗
                ║ PLAN #42  ACTIVE  BTC/USDC LONG                 ║
                ╠═════════════════════════════════════════════════╣
                ║ Entry ref: $90,000.00                           ║
                ║ Entry max: $90,045.00 (LIMIT IOC)               ║
                ║ Filled:    0.00618 BTC at $90,012.35            ║
                ║ Stop:      $88,650.00 (1.50% below entry ref)   ║
                ║ Target:    $92,737.05 (from the fill)           ║
                ║ Size:      0.00618 BTC ($556.48)                ║
                ║ Max loss:  $10.27 (0.9993% of capital)          ║
                ║ Method:    SWING_LEVEL_2 · HIGH confidence      ║
                ║ Warnings:  none                                 ║
                ╠═════════════════════════════════════════════════╣
                ║ Budget 2026-01: $30.85 left of $41.12 · 3 slots ║
                ╚═════════════════════════════════════════════════╝
                """);
        assertThat(idempotencyKeys())
                .singleElement(InstanceOfAssertFactories.STRING)
                .matches(KEY_SHAPE);
        assertThat(server.requests("GET", "/api/operations/42/plan/")).isEmpty();
    }

    @Test
    void whenConfirmedAsJsonThenStdoutIsTheServersAnswer() {
        server.onFixture("POST", CONFIRM, "plan-active.json");

        var result = robson.execute("confirm", "42", "-y", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo(FakeRobsonServer.fixture("plan-active.json"));
        assertThat(JsonDocuments.single(result.out()).get("entry_price").asString())
                .isEqualTo("90012.35");
    }

    @Test
    void whenTheAnswerIsLostThenTheSameRequestIsSentAgainWithTheSameKey() {
        server.onProblem("POST", CONFIRM, 502, "bad_gateway", "Bad gateway.")
                .onProblem("POST", CONFIRM, 503, "exchange_unavailable", "Try again.")
                .onFixture("POST", CONFIRM, "plan-active.json");

        var result = robson.execute("confirm", "42", "--yes");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Bought 0.00618 BTC at $90,012.35");
        var keys = idempotencyKeys();
        assertThat(keys).hasSize(3).doesNotContainNull().containsOnly(keys.getFirst());
        assertThat(keys.getFirst()).matches(KEY_SHAPE);
        assertThat(result.err())
                .isEqualTo("robson: server error (HTTP 502 bad_gateway): Bad gateway; asking again with the same"
                        + " Idempotency-Key (2 of 3)\n"
                        + "robson: server error (HTTP 503 exchange_unavailable): Try again; asking again with the same"
                        + " Idempotency-Key (3 of 3)\n");
    }

    @Test
    void whenTheAnswerStaysLostThenTheAttemptsEndWithTheServersFailure() {
        server.onProblem("POST", CONFIRM, 504, "gateway_timeout", "Gateway timeout.");

        var result = robson.execute("confirm", "42", "--yes");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        var keys = idempotencyKeys();
        assertThat(keys).hasSize(ConfirmPlanCommand.ATTEMPTS).containsOnly(keys.getFirst());
        assertThat(result.err().lines().toList().getLast())
                .isEqualTo("robson: server error (HTTP 504 gateway_timeout): Gateway timeout");
    }

    @Test
    void whenTheTokenIsRenewedMidConfirmationThenTheRetryKeepsTheKey() {
        server.onProblem("POST", CONFIRM, 401, "invalid_token", "The access token is invalid.")
                .onFixture("POST", CONFIRM, "plan-active.json")
                .onFixture("POST", "/api/auth/refresh", "token-rotated.json");

        var result = robson.execute("confirm", "42", "--yes");

        assertThat(result.exitCode()).isZero();
        assertThat(server.authorizations("POST", CONFIRM)).containsExactly("Bearer access-1", "Bearer access-2");
        var keys = idempotencyKeys();
        assertThat(keys.get(1)).isEqualTo(keys.get(0));
    }

    @Test
    void whenConfirmedTwiceInTwoRunsThenEachRunHasItsOwnKey() {
        server.onFixture("POST", CONFIRM, "plan-active.json");

        robson.execute("confirm", "42", "--yes");
        robson.execute("confirm", "42", "--yes");

        var keys = idempotencyKeys();
        assertThat(keys.get(0)).isNotEqualTo(keys.get(1));
    }

    @Test
    void whenTheTraderSaysYesAtThePromptThenItAsksWithQuantityAndLimitFirst() {
        server.onFixture("GET", "/api/operations/42/plan/", "plan.json").onFixture("POST", CONFIRM, "plan-active.json");

        var result = robson.typing(null, "y").execute("confirm", "42");

        assertThat(result.exitCode()).isZero();
        assertThat(robson.prompts()).containsExactly("Buy 0.00618 BTC at up to $90,045.00? [y/N] ");
        assertThat(result.err())
                .isEqualTo("Plan #42: BTC/USDC LONG · stop $88,650.00 · max loss $10.27 (0.9993% of capital)"
                        + " · expires in 1m 58s\n");
        assertThat(server.requests("POST", CONFIRM)).hasSize(1);
    }

    @Test
    void whenTheTraderSaysNoOrNothingThenNothingIsBought() {
        server.onFixture("GET", "/api/operations/42/plan/", "plan.json");

        var no = robson.typing(null, "n").execute("confirm", "42");
        var nothing = robson.typing(null, "").execute("confirm", "42");

        assertThat(no.exitCode()).isZero();
        assertThat(no.err()).endsWith("robson: not confirmed; nothing was bought\n");
        assertThat(nothing.err()).endsWith("robson: not confirmed; nothing was bought\n");
        assertThat(server.requests("POST", CONFIRM)).isEmpty();
    }

    @Test
    void whenThereIsNoTerminalAndNoYesThenNothingIsAskedOrSent() {
        var result = robson.execute("confirm", "42");

        assertRefusedBeforeAnyRequest(result, "confirming buys: pass --yes when there is no terminal");
    }

    @Test
    void whenThePlanIsNoLongerPlannedThenTheTraderIsNotAsked() {
        server.onFixture("GET", "/api/operations/42/plan/", "plan-cancelled.json");

        var result = robson.typing(null, "y").execute("confirm", "42");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.err()).isEqualTo("robson: plan #42 is CANCELLED: only a PLANNED plan can be confirmed\n");
        assertThat(robson.prompts()).isEmpty();
        assertThat(server.requests("POST", CONFIRM)).isEmpty();
    }

    @Test
    void whenTheAskDriftedAboveTheEntryMaxThenExitCodeIsRejectedWithTheServersDetail() {
        server.on("POST", CONFIRM, 422, FakeRobsonServer.fixture("confirm-refused-price-drift.json"));

        var result = robson.execute("confirm", "42", "--yes", "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo("robson: refused: The ask 90120.00 is above the plan's entry max 90045.00\n");
        assertThat(server.requests("POST", CONFIRM)).hasSize(1);
    }

    @Test
    void whenNothingFilledThenTheCardShowsTheFailureAndExitCodeIsRejected() {
        server.onFixture("POST", CONFIRM, "plan-failed.json");

        var result = robson.execute("confirm", "42", "--yes");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.out())
                .doesNotContain("Bought")
                .contains("║ PLAN #42  FAILED  BTC/USDC LONG")
                .contains("║ !! FAILED: nothing_filled ");
        assertThat(result.err()).isEqualTo("robson: plan #42 is FAILED (nothing_filled): nothing was bought\n");
    }

    @Test
    void whenAPlanIsCancelledThenItsCardSaysCancelled() {
        server.onFixture("POST", CANCEL, "plan-cancelled.json");

        var result = robson.execute("cancel", "42");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                Cancelled plan #42.
                ╔═════════════════════════════════════════════════╗
                ║ PLAN #42  CANCELLED  BTC/USDC LONG              ║
                ╠═════════════════════════════════════════════════╣
                """ + PlanCommandsTest.PLAN_42_TERMS + """
                ╠═════════════════════════════════════════════════╣
                ║ Budget 2026-01: $41.12 left of $41.12 · 4 slots ║
                ╚═════════════════════════════════════════════════╝
                """);
        assertThat(server.requests("POST", CANCEL)).hasSize(1);
    }

    @Test
    void whenCancelledAsJsonThenStdoutIsTheServersAnswer() {
        server.onFixture("POST", CANCEL, "plan-cancelled.json");

        var result = robson.execute("cancel", "42", "--json");

        assertThat(JsonDocuments.single(result.out()).get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void whenThePlanIsNoLongerCancellableThenExitCodeIsRejected() {
        server.on("POST", CANCEL, 409, FakeRobsonServer.fixture("cancel-refused.json"));

        var result = robson.execute("cancel", "42");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.err())
                .isEqualTo("robson: refused: Operation 42 is ACTIVE: only a PLANNED plan can be cancelled\n");
    }

    @Test
    void whenTheIdIsNotPositiveThenNothingIsSent() {
        var confirmZero = robson.execute("confirm", "0", "--yes");
        var cancelNegative = robson.execute("cancel", "-3");

        assertRefusedBeforeAnyRequest(confirmZero, "an operation id is a positive number, not 0");
        assertRefusedBeforeAnyRequest(cancelNegative, "an operation id is a positive number, not -3");
    }

    /** The Idempotency-Key of each confirmation the server received, in order. */
    private List<String> idempotencyKeys() {
        return server.requests("POST", CONFIRM).stream()
                .map(request -> request.header("Idempotency-Key"))
                .toList();
    }
}
