package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line itself answers: help, version, completion, usage errors, an absent server. */
class CommandLineTest {

    @TempDir
    Path config;

    @Test
    void whenHelpIsAskedThenCommandsAndExitCodesAreListed() {
        var result = robsonWithNoServerSet().execute("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("positions")
                .contains("price")
                .contains("account")
                .contains("operations")
                .contains("login")
                .contains("logout")
                .contains("completion")
                .contains("strategies")
                .contains("analyze")
                .contains("plan")
                .contains("confirm")
                .contains("cancel")
                .contains("risk")
                .contains("Exit codes:")
                .contains("3:   not logged in")
                .contains("ROBSON_TOKEN");
    }

    @Test
    void whenTheVersionIsAskedThenItNamesRobsonAndJava() {
        var result = robsonWithNoServerSet().execute("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("robson ").contains("Java ");
    }

    @Test
    void whenNoCommandIsGivenThenUsageGoesToStderrWithTheUsageExitCode() {
        var result = robsonWithNoServerSet().execute();

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Usage: robson");
    }

    @Test
    void whenACommandIsMistypedThenOneLineSuggestsTheRightOne() {
        var result = robsonWithNoServerSet().execute("positons");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("did you mean 'positions'?");
    }

    @Test
    void whenCompletionIsAskedThenABashScriptForEveryCommandIsPrinted() {
        var result = robsonWithNoServerSet().execute("completion");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("complete -F _complete_robson")
                .contains("positions")
                .contains("operations")
                .contains("--password-stdin")
                .contains("--watch")
                .contains("confirm")
                .contains("--dry-run")
                .contains("--strategy");
    }

    @Test
    void whenTheServerIsNotListeningThenExitCodeIsUnreachable() throws Exception {
        String closed = WatchTest.closedPortUrl();
        var robson = new CliRun(config, closed).loggedIn(closed);

        var result = robson.execute("price", "BTCUSDC");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(result.err())
                .isEqualTo("robson: cannot connect to " + closed
                        + " (connection refused); is the server running? (--server or ROBSON_SERVER)\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void whenTheServerHostIsUnknownThenExitCodeIsUnreachable() {
        String nowhere = "http://robson.invalid";
        var robson = new CliRun(config, nowhere).loggedIn(nowhere);

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(result.err()).startsWith("robson: ").contains("robson.invalid");
    }

    @Test
    void whenLoggingInOverPlainHttpToAnotherHostThenTheUserIsWarned() {
        var result = new CliRun(config, "http://robson.invalid")
                .stdin("pw\n")
                .execute("login", "-u", "demo", "--password-stdin");

        assertThat(result.err()).startsWith("robson: warning: http://robson.invalid is plain HTTP");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    }

    @Test
    void whenOnlyTheVersionIsAskedThenNoSubcommandIsBuilt() {
        var commandLine = RobsonCli.commandLine(robsonWithNoServerSet().environment(), "--version");

        assertThat(commandLine.getSubcommands()).isEmpty();
        assertThat(RobsonCli.commandLine(robsonWithNoServerSet().environment(), "--server", "x", "price", "BTCUSDC")
                        .getSubcommands())
                .containsOnlyKeys("price");
        assertThat(RobsonCli.commandLine(robsonWithNoServerSet().environment()).getSubcommands())
                .containsOnlyKeys(
                        "login",
                        "logout",
                        "positions",
                        "price",
                        "account",
                        "operations",
                        "history",
                        "stats",
                        "strategies",
                        "analyze",
                        "plan",
                        "confirm",
                        "cancel",
                        "risk",
                        "events",
                        "alerts",
                        "completion");
    }

    @Test
    void whenLoginFailsBecauseTheServerIsDownThenExitCodeIsUnreachable() throws Exception {
        String closed = WatchTest.closedPortUrl();

        var result = new CliRun(config, closed).stdin("pw\n").execute("login", "-u", "demo", "--password-stdin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    }

    @Test
    void whenSomethingUnexpectedBreaksThenItIsOneLineAndTheInternalExitCode() {
        assertThat(Failures.exitCode(new IllegalStateException("boom"))).isEqualTo(ExitCodes.INTERNAL);
        assertThat(Failures.describe(new IllegalStateException("boom")))
                .isEqualTo("internal error (IllegalStateException: boom)");
        assertThat(Failures.describe(new UncheckedIOException("cannot write x", new IOException("disk full"))))
                .isEqualTo("cannot write x: disk full");
    }

    @Test
    void whenEveryExitCodeIsListedThenTheyAreDistinct() {
        assertThat(ExitCodes.meanings()).hasSize(8);
        assertThat(Set.of(
                        ExitCodes.OK,
                        ExitCodes.INTERNAL,
                        ExitCodes.USAGE,
                        ExitCodes.AUTH,
                        ExitCodes.NOT_FOUND,
                        ExitCodes.UNREACHABLE,
                        ExitCodes.SERVER_ERROR,
                        ExitCodes.REJECTED))
                .hasSize(8);
    }

    /** {@code robson} with no server chosen: what the command line answers by itself needs none. */
    private CliRun robsonWithNoServerSet() {
        return new CliRun(config, null);
    }
}
