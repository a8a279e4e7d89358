package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --watch}: redraws until Ctrl-C, exits 0 with the cursor back, and rides out
 * transient server failures. Each watch runs in its own thread with a tiny interval and is
 * stopped the way the interrupt key stops it.
 */
class WatchTest extends LoggedInCliTest {

    static final String PRICE_PATH = "/api/market/price/BTCUSDC/";
    static final Terminal TERMINAL = new Terminal(true, false, true);

    private static final String[] PRICE_WATCH = {"price", "BTCUSDC", "--watch", "--interval", "5ms"};

    InterruptKey interruptKey = new InterruptKey();

    /** Stands in for SIGINT: pressing it runs what the watch registered. */
    static final class InterruptKey implements StopSignal {
        private final AtomicReference<Runnable> registered = new AtomicReference<>();

        @Override
        public Registration onInterrupt(Runnable stop) {
            registered.set(stop);
            return () -> registered.set(null);
        }

        boolean armed() {
            return registered.get() != null;
        }

        void press() {
            registered.get().run();
        }
    }

    /** A watch running in the background. */
    static final class Running {
        final Thread thread;
        final AtomicReference<CliRun.Result> result = new AtomicReference<>();
        final StringWriter out = new StringWriter();

        Running(CliRun robson, String... args) {
            thread = new Thread(() -> result.set(robson.execute(out, args)), "watch");
            thread.start();
        }

        CliRun.Result awaitEnd() throws InterruptedException {
            thread.join(10_000);
            assertThat(thread.isAlive()).as("the watch ended").isFalse();
            return result.get();
        }
    }

    @BeforeEach
    void stoppedByTheInterruptKey() {
        robson.stopSignal(interruptKey);
    }

    @Test
    void whenCtrlCIsPressedThenTheWatchExitsZeroAndRestoresTheCursor() throws Exception {
        server.onFixture("GET", PRICE_PATH, "price.json");

        // A frame is drawn after its request is answered: four requests make at least three frames.
        var result = watchUntilAnswered(PRICE_PATH, 4, TERMINAL, PRICE_WATCH);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .startsWith(Watch.HIDE_CURSOR + Watch.CLEAR_SCREEN + Watch.HOME)
                .contains("BTC/USDC: Bid $89,245.00 | Ask $89,246.00 | Spread $1.00 [SIMULATED]")
                .contains("Last $89,245.50 · Spread 0.0011% · Quoted 12:00:00")
                .contains("Every 5ms · 12:00:00 · Ctrl-C to stop")
                .endsWith(Watch.SHOW_CURSOR);
        assertThat(occurrences(result.out(), Watch.HOME)).isGreaterThanOrEqualTo(3);
        assertThat(interruptKey.armed()).as("the handler is given back").isFalse();
    }

    @Test
    void whenTheWatchingThreadIsInterruptedThenItAlsoEndsCleanly() throws Exception {
        server.onFixture("GET", PRICE_PATH, "price.json");
        var watch = new Running(robson.terminal(TERMINAL), PRICE_WATCH);

        awaitUntil(() -> server.requests("GET", PRICE_PATH).size() >= 2);
        watch.thread.interrupt();
        var result = watch.awaitEnd();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).endsWith(Watch.SHOW_CURSOR);
    }

    @Test
    void whenTheServerFailsForAWhileThenTheFrameSaysSoAndTheWatchGoesOn() throws Exception {
        server.onFixture("GET", PRICE_PATH, "price.json")
                .onProblem("GET", PRICE_PATH, 503, "market_unavailable", "Exchange down.")
                .onFixture("GET", PRICE_PATH, "price.json");

        var result = watchUntilAnswered(PRICE_PATH, 4, TERMINAL, PRICE_WATCH);

        assertThat(result.exitCode()).isZero();
        String out = result.out();
        int failure = out.indexOf("⚠ server error (HTTP 503 market_unavailable): Exchange down · retrying in 5ms");
        assertThat(failure).as("the failure shows in a frame").isPositive();
        assertThat(out.indexOf("BTC/USDC: Bid", failure))
                .as("a good frame follows")
                .isPositive();
    }

    @Test
    void whenTheServerIsUnreachableThenEveryFrameSaysSoUntilCtrlC() throws Exception {
        String closedPort = closedPortUrl();
        var watch = new Running(
                new CliRun(config, closedPort)
                        .terminal(TERMINAL)
                        .stopSignal(interruptKey)
                        .loggedIn(closedPort),
                PRICE_WATCH);

        awaitUntil(() -> interruptKey.armed() && watch.out.toString().contains("cannot connect to " + closedPort));
        interruptKey.press();
        var result = watch.awaitEnd();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("cannot connect to " + closedPort).endsWith(Watch.SHOW_CURSOR);
    }

    @Test
    void whenTheSymbolIsUnknownThenTheWatchEndsWithNotFoundAndTheCursorBack() throws Exception {
        server.onProblem("GET", "/api/market/price/NOPEUSDC/", 404, "unknown_symbol", "Unknown symbol NOPEUSDC.");

        var result =
                new Running(robson.terminal(TERMINAL), "price", "NOPEUSDC", "--watch", "--interval", "5ms").awaitEnd();

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.out()).endsWith(Watch.SHOW_CURSOR);
        assertThat(result.err()).isEqualTo("robson: not found: Unknown symbol NOPEUSDC\n");
    }

    @Test
    void whenTheBidMovesThenTheFrameShowsItsDirection() throws Exception {
        server.onFixture("GET", PRICE_PATH, "price.json")
                .on(
                        "GET",
                        PRICE_PATH,
                        200,
                        FakeRobsonServer.fixture("price.json").replace("89245.00", "89250.00"))
                .on(
                        "GET",
                        PRICE_PATH,
                        200,
                        FakeRobsonServer.fixture("price.json").replace("89245.00", "89240.00"));

        var result = watchUntilAnswered(PRICE_PATH, 4, new Terminal(true, true, true), PRICE_WATCH);

        assertThat(result.out())
                .contains("$89,250.00")
                .contains("\u001B[32m↑\u001B[0m")
                .contains("\u001B[31m↓\u001B[0m");
    }

    @Test
    void whenStdoutIsNotATerminalThenFramesAreAppendedWithoutEscapeCodes() throws Exception {
        server.onFixture("GET", PRICE_PATH, "price.json");

        var result = watchUntilAnswered(PRICE_PATH, 3, Terminal.PLAIN, PRICE_WATCH);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain("\u001B");
        assertThat(result.out()
                        .lines()
                        .filter(line -> line.startsWith("BTC/USDC: Bid"))
                        .count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void whenPositionsAreWatchedThenTheCardsAreRedrawn() throws Exception {
        server.onFixture("GET", "/api/portfolio/positions/", "positions.json");

        var result = watchUntilAnswered(
                "/api/portfolio/positions/", 3, TERMINAL, "positions", "--watch", "--interval", "5ms");

        assertThat(result.exitCode()).isZero();
        assertThat(occurrences(result.out(), "ACTIVE POSITIONS")).isGreaterThanOrEqualTo(2);
        assertThat(result.out()).endsWith(Watch.SHOW_CURSOR);
    }

    @Test
    void whenTheSessionEndsDuringAWatchThenItStopsWithTheAuthExitCode() throws Exception {
        server.onFixture("GET", PRICE_PATH, "price.json")
                .onProblem("GET", PRICE_PATH, 401, "invalid_token", "Expired.")
                .onProblem("POST", "/api/auth/refresh", 401, "invalid_refresh_token", "The session has ended.");

        var result = new Running(robson.terminal(TERMINAL), PRICE_WATCH).awaitEnd();

        assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
        assertThat(result.err()).contains("run 'robson login'");
        assertThat(result.out()).endsWith(Watch.SHOW_CURSOR);
    }

    /** Runs a watch on {@code terminal} until {@code path} has been answered {@code answers} times, then presses Ctrl-C. */
    private CliRun.Result watchUntilAnswered(String path, int answers, Terminal terminal, String... args)
            throws InterruptedException {
        var watch = new Running(robson.terminal(terminal), args);
        awaitUntil(() -> interruptKey.armed() && server.requests("GET", path).size() >= answers);
        interruptKey.press();
        return watch.awaitEnd();
    }

    static String closedPortUrl() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    static void awaitUntil(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(2))
                .until(condition::getAsBoolean);
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
