package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --watch} and {@code events --follow} on the push stream of a stand-in server: the
 * token goes in the first message, frames redraw without a poll, and when the server offers
 * no stream the commands poll as before.
 */
class PushCommandsTest {

    static final String EVENT_CLOSED = "{\"id\":42,\"operation_id\":1,\"symbol\":\"BTCUSDC\",\"event\":\"CLOSED\","
            + "\"detail\":\"STOP_LOSS, realized -0.59 gross\",\"reason\":\"STOP_LOSS\",\"realized_pnl\":\"-0.59\","
            + "\"realized_pnl_net\":\"-0.65\",\"occurred_at\":\"2026-01-05T12:00:01Z\"}";
    static final String EVENT_SENT = "{\"id\":41,\"operation_id\":1,\"symbol\":\"BTCUSDC\",\"event\":\"ORDER_SENT\","
            + "\"detail\":\"SELL 0.00033 BTCUSDC\",\"reason\":\"STOP_LOSS\",\"occurred_at\":\"2026-01-05T12:00:00Z\"}";

    @TempDir
    Path config;

    FakePushServer server;
    CliRun robson;
    final WatchTest.InterruptKey interruptKey = new WatchTest.InterruptKey();

    @BeforeEach
    void setUp() throws Exception {
        server = new FakePushServer();
        robson = new CliRun(config, server.url())
                .loggedIn(server.url())
                .terminal(WatchTest.TERMINAL)
                .stopSignal(interruptKey);
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    /** A command running in the background whose output can be read while it runs. */
    final class Live {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;

        Live(String... args) {
            CommandLine commandLine = RobsonCli.commandLine(robson.environment(), args);
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            thread = new Thread(() -> exit.set(RobsonCli.execute(commandLine, args)), "live-command");
            thread.start();
        }

        String output() {
            synchronized (out) {
                return out.toString();
            }
        }

        int stop() throws InterruptedException {
            WatchTest.awaitUntil(interruptKey::armed);
            interruptKey.press();
            thread.join(10_000);
            assertThat(thread.isAlive()).as("the command ended").isFalse();
            return exit.get();
        }
    }

    @Test
    void whenTheServerPushesPricesThenTheWatchRedrawsWithoutPolling() throws Exception {
        Live watch = new Live("price", "BTCUSDC", "--watch", "--interval", "5ms");
        WatchTest.awaitUntil(() -> server.subscribed("price:BTCUSDC"));
        server.push("{\"type\":\"price\",\"channel\":\"price:BTCUSDC\",\"data\":"
                + FakeRobsonServer.fixture("price.json").replace("89245.00", "89300.00") + "}");

        WatchTest.awaitUntil(() -> watch.output().contains("Bid $89,300.00"));
        assertThat(watch.stop()).isZero();

        assertThat(watch.output()).contains("Live · 12:00:00 · Ctrl-C to stop");
        assertThat(server.httpRequests()).noneMatch(request -> request.contains("/api/market/price/"));
        // The token travels in the first message, never in the address.
        assertThat(server.streamRequests()).singleElement().isEqualTo("GET /api/stream HTTP/1.1");
        assertThat(server.received().getFirst()).isEqualTo("{\"type\":\"auth\",\"token\":\"access-1\"}");
    }

    @Test
    void whenTheServerPushesPositionsThenTheWatchShowsThem() throws Exception {
        Live watch = new Live("positions", "--watch", "--interval", "5ms");
        WatchTest.awaitUntil(() -> server.subscribed("positions"));
        server.push("{\"type\":\"positions\",\"channel\":\"positions\",\"data\":"
                + FakeRobsonServer.fixture("positions.json") + "}");

        WatchTest.awaitUntil(() -> watch.output().contains("ACTIVE POSITIONS"));
        assertThat(watch.stop()).isZero();
        assertThat(watch.output()).contains("BTCUSDC").contains("Live ·");
        assertThat(server.httpRequests()).noneMatch(request -> request.contains("/api/portfolio/positions/"));
    }

    @Test
    void whenPushIsUnavailableThenTheWatchPolls() throws Exception {
        server.unavailable();
        server.on("/api/market/price/BTCUSDC/", FakeRobsonServer.fixture("price.json"));
        Live watch = new Live("price", "BTCUSDC", "--watch", "--interval", "5ms");

        WatchTest.awaitUntil(() -> server.httpRequests().stream()
                        .filter(request -> request.contains("/api/market/price/BTCUSDC/"))
                        .count()
                >= 3);
        assertThat(watch.stop()).isZero();
        assertThat(watch.output()).contains("Bid $89,245.00").contains("Every 5ms ·");
    }

    @Test
    void whenEventsAreListedThenEachIsOneLineWithItsOutcome() {
        server.on("/api/events/?limit=20", "{\"events\":[" + EVENT_SENT + "," + EVENT_CLOSED + "]}");

        CliRun.Result result = robson.execute("events");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList())
                .containsExactly(
                        "2026-01-05 12:00:00 Z  #1 BTCUSDC  ORDER_SENT  SELL 0.00033 BTCUSDC",
                        "2026-01-05 12:00:01 Z  #1 BTCUSDC  CLOSED STOP_LOSS  realized -$0.65 net of fees");
        CliRun.Result json = robson.execute("events", "--json");
        assertThat(JsonDocuments.single(json.out()).path("events")).hasSize(2);
    }

    @Test
    void whenFollowingEventsThenPushedOnesPrintAsJsonLinesAfterTheLatest() throws Exception {
        server.on("/api/events/?limit=20", "{\"events\":[" + EVENT_SENT + "]}");
        Live follow = new Live("events", "--follow", "--json");
        WatchTest.awaitUntil(() -> server.subscribed("events"));
        assertThat(server.received()).anyMatch(text -> text.contains("\"after\":41"));

        server.push("{\"type\":\"event\",\"channel\":\"events\",\"data\":" + EVENT_CLOSED + "}");
        WatchTest.awaitUntil(() -> follow.output().contains("\"id\":42"));
        assertThat(follow.stop()).isZero();

        assertThat(follow.output().lines().toList()).hasSize(2);
        follow.output().lines().forEach(line -> JsonDocuments.single(line + "\n"));
        assertThat(follow.output().lines().toList().get(1))
                .contains("\"event\":\"CLOSED\"")
                .contains("\"realized_pnl_net\":\"-0.65\"");
    }

    @Test
    void whenPushIsUnavailableThenFollowingEventsPolls() throws Exception {
        server.unavailable();
        server.on("/api/events/?limit=20", "{\"events\":[" + EVENT_SENT + "]}");
        server.on("/api/events/?after=41&limit=500", "{\"events\":[" + EVENT_CLOSED + "]}");
        Live follow = new Live("events", "--follow");

        WatchTest.awaitUntil(() -> follow.output().contains("CLOSED STOP_LOSS"));
        assertThat(follow.stop()).isZero();
        assertThat(follow.err.toString()).contains("the push stream is unavailable; polling every 2 s");
    }
}
