package dev.robson.server.bench;

import com.sun.net.httpserver.HttpServer;
import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.exchange.stream.fake.FakeBookTickerStream;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.PostgresDatabase;
import dev.robson.server.support.RedisServers;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name matches none of Surefire's patterns; {@code bench/push/run.sh}
 * runs it): the push stream against the built server jar in processes of their own, fed by the
 * fake Binance and its fake book-ticker stream in this JVM.
 * <ol>
 *   <li>latency from the fake stream publishing a price to a WebSocket client receiving it, on
 *       one replica and across two (leader streams, client on the follower; PostgreSQL and
 *       Redis from ROBSON_TEST_DATABASE_URL / ROBSON_TEST_REDIS_URL);</li>
 *   <li>{@code bench.clients} clients on one replica while the stream ticks 10 times a second:
 *       the server's CPU and memory, and delivery latency;</li>
 *   <li>alert latency: from a close request to the signed webhook's arrival at a local receiver.</li>
 * </ol>
 * Figures go to standard output and to {@code target/bench/push.txt}.
 */
@Tag("bench")
class PushBench {

    private static final int TRIALS = Integer.getInteger("bench.trials", 100);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 1000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final String JAR = System.getProperty("bench.jar", "target/robson-server.jar");
    private static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<String> report = new ArrayList<>();

    @Test
    void push() throws Exception {
        try (FakeBinance binance = FakeBinance.start();
                FakeBookTickerStream stream = FakeBookTickerStream.start()) {
            binance.setBook("BTCUSDC", "89245.00", "89245.01");
            binance.setBook("ETHUSDC", "3001.10", "3001.20");
            line(
                    "Push benchmark: %d trials, %d clients for %d s (%s, %d cores)",
                    TRIALS,
                    CLIENTS,
                    SECONDS,
                    System.getProperty("os.name"),
                    Runtime.getRuntime().availableProcessors());
            try (Server one = Server.start("one", binance, stream, List.of("--robson.monitor.enabled=true"))) {
                String token = one.login("demo");
                awaitFollowed(stream);
                latency("one replica", stream, one, token, 0);
                fanOut(stream, one, token);
                alerts(one, token);
            }
            twoReplicas(binance, stream);
        }
        Path out = Path.of("target/bench/push.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n");
    }

    private void latency(String label, FakeBookTickerStream stream, Server at, String token, int offset)
            throws Exception {
        Map<String, Long> published = new ConcurrentHashMap<>();
        List<Long> micros = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        WebSocket socket = connect(at.port, token, "price:BTCUSDC", text -> {
            first.countDown();
            Long sent = published.remove(bid(text));
            if (sent != null) {
                micros.add((System.nanoTime() - sent) / 1_000);
            }
        });
        first.await(10, TimeUnit.SECONDS);
        for (int i = 0; i < TRIALS; i++) {
            // Above the demo's stop and below its target; one every 150 ms, past the 100 ms pace.
            publish(stream, published, new BigDecimal("89000.00").add(new BigDecimal(offset + i).movePointLeft(2)));
            Thread.sleep(150);
        }
        Thread.sleep(500);
        socket.abort();
        line(
                "%-28s stream → client: median %s, p99 %s (%d of %d received)",
                label, ms(percentile(micros, 50)), ms(percentile(micros, 99)), micros.size(), TRIALS);
    }

    private void fanOut(FakeBookTickerStream stream, Server at, String token) throws Exception {
        Map<String, Long> published = new ConcurrentHashMap<>();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        List<WebSocket> sockets = new ArrayList<>();
        CountDownLatch subscribed = new CountDownLatch(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            boolean[] seen = {false};
            sockets.add(connect(at.port, token, "price:BTCUSDC", text -> {
                if (!seen[0]) {
                    seen[0] = true;
                    subscribed.countDown();
                }
                Long sent = published.get(bid(text));
                if (sent != null) {
                    micros.add((System.nanoTime() - sent) / 1_000);
                }
            }));
        }
        boolean all = subscribed.await(60, TimeUnit.SECONDS);
        long cpuBefore = at.cpuTicks();
        long started = System.nanoTime();
        int ticks = SECONDS * 10;
        for (int i = 0; i < ticks; i++) {
            publish(stream, published, new BigDecimal("89500.00").add(new BigDecimal(i).movePointLeft(2)));
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cores = (at.cpuTicks() - cpuBefore) / 100.0 / seconds;
        long rss = at.rssMb();
        sockets.forEach(WebSocket::abort);
        long expected = (long) ticks * CLIENTS;
        line(
                "%-28s %d clients (%s connected), 10 ticks/s for %d s: server CPU %.2f cores, RSS %d MB,"
                        + " delivery median %s, p99 %s, %d of %d frames",
                "fan-out, one replica",
                CLIENTS,
                all ? "all" : "not all",
                SECONDS,
                cores,
                rss,
                ms(percentile(micros, 50)),
                ms(percentile(micros, 99)),
                micros.size(),
                expected);
    }

    private void alerts(Server at, String token) throws Exception {
        Map<String, Long> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.putIfAbsent(exchange.getRequestHeaders().getFirst("X-Robson-Delivery"), System.nanoTime());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            ApiClient api = new ApiClient(at.port);
            api.post(
                    "/api/alerts/targets/",
                    "{\"kind\":\"webhook\",\"url\":\"http://127.0.0.1:"
                            + receiver.getAddress().getPort() + "/hook\",\"events\":[\"CLOSED\"]}",
                    token);
            List<Long> micros = new ArrayList<>();
            int trials = Math.min(TRIALS, 50);
            for (int i = 0; i < trials; i++) {
                // SHORTs: closing one buys with USDC, which the demo account holds.
                ApiClient.Reply tracked = api.post(
                        "/api/operations/",
                        "{\"symbol\":\"BTCUSDC\",\"side\":\"SELL\",\"quantity\":\"0.00010\",\"entry_price\":\"89300.00\","
                                + "\"stop_loss\":\"95000.00\",\"take_profit\":\"80000.00\"}",
                        token);
                long number = tracked.json().path("operation_id").asLong();
                int before = received.size();
                long sent = System.nanoTime();
                api.post("/api/operations/" + number + "/close/", "", token);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (received.size() == before && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                if (received.size() > before) {
                    long arrived = received.values().stream()
                            .mapToLong(Long::longValue)
                            .max()
                            .orElse(sent);
                    micros.add((arrived - sent) / 1_000);
                }
            }
            line(
                    "%-28s close request → signed webhook received: median %s, p99 %s (%d of %d)",
                    "alerts, one replica",
                    ms(percentile(micros, 50)),
                    ms(percentile(micros, 99)),
                    micros.size(),
                    trials);
        } finally {
            receiver.stop(0);
        }
    }

    private void twoReplicas(FakeBinance binance, FakeBookTickerStream stream) throws Exception {
        String schema = "robson_push_bench_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String separator = PostgresDatabase.URL.contains("?") ? "&" : "?";
        List<String> shared = List.of(
                "--spring.datasource.url=" + PostgresDatabase.URL + separator + "currentSchema=" + schema,
                "--spring.datasource.username=" + PostgresDatabase.USER,
                "--spring.datasource.password=" + PostgresDatabase.PASSWORD,
                "--spring.flyway.schemas=" + schema,
                "--robson.market-data.redis-url=" + RedisServers.SHARED_URL);
        try (Server leader = Server.start("leader", binance, stream, with(shared, "--robson.monitor.enabled=true"));
                Server follower =
                        Server.start("follower", binance, stream, with(shared, "--robson.monitor.enabled=false"))) {
            awaitFollowed(stream);
            latency("two replicas (via Redis)", stream, follower, follower.login("demo"), 5_000);
        } catch (IllegalStateException unavailable) {
            line("two replicas: skipped (%s)", unavailable.getMessage());
        } finally {
            try (var connection = DriverManager.getConnection(
                    PostgresDatabase.URL, PostgresDatabase.USER, PostgresDatabase.PASSWORD)) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException ignored) {
                // no PostgreSQL here: nothing was made
            }
        }
    }

    private static List<String> with(List<String> shared, String more) {
        List<String> all = new ArrayList<>(shared);
        all.add(more);
        return all;
    }

    private static void awaitFollowed(FakeBookTickerStream stream) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!stream.subscribed("BTCUSDC") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    interface Frames {
        void text(String frame);
    }

    private static WebSocket connect(int port, String token, String channel, Frames frames) {
        StringBuilder partial = new StringBuilder();
        WebSocket socket = HTTP.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/stream"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String text = partial.toString();
                            partial.setLength(0);
                            if (text.startsWith("{\"type\":\"price\"")) {
                                frames.text(text);
                            }
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .join();
        socket.sendText("{\"type\":\"auth\",\"token\":\"" + token + "\"}", true).join();
        socket.sendText("{\"type\":\"subscribe\",\"channel\":\"" + channel + "\"}", true)
                .join();
        return socket;
    }

    /** Publishes a BTCUSDC book at this bid (the ask a cent above) and notes when it went out. */
    private static void publish(FakeBookTickerStream stream, Map<String, Long> published, BigDecimal bid) {
        published.put(bid.toPlainString(), System.nanoTime());
        stream.publish(
                "BTCUSDC", bid.toPlainString(), bid.add(new BigDecimal("0.01")).toPlainString());
    }

    private static String bid(String frame) {
        int at = frame.indexOf("\"bid\":\"");
        return at < 0 ? "" : frame.substring(at + 7, frame.indexOf('"', at + 7));
    }

    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static String ms(long micros) {
        return micros < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println(text);
    }

    /** The server jar in a process of its own, as deployed (deploy/jvm.flags), on a free port. */
    private record Server(String name, Process process, int port, Path dir) implements AutoCloseable {

        static Server start(String name, FakeBinance binance, FakeBookTickerStream stream, List<String> extra)
                throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path dir = Files.createTempDirectory("robson-push-bench-" + name);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + Path.of("..", "deploy", "jvm.flags").toAbsolutePath().normalize(),
                    "-jar",
                    JAR,
                    "--spring.profiles.active=demo",
                    "--server.port=" + port,
                    "--robson.data-dir=" + dir,
                    "--robson.market=binance",
                    "--robson.binance.base-url=" + binance.baseUrl(),
                    "--robson.binance.ws-url=" + stream.wsUrl(),
                    "--robson.binance.stream.resync=200ms",
                    "--robson.master-key=" + MASTER_KEY,
                    "--robson.alerts.allow-private-networks=true",
                    "--robson.push.connections-per-user=" + (CLIENTS + 10),
                    "--robson.transport.connections-per-address=" + (CLIENTS + 100),
                    "--robson.market-data.price-per-second=1000",
                    "--logging.level.root=WARN"));
            command.addAll(extra);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile())
                    .start();
            Server server = new Server(name, process, port, dir);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited; see " + dir.resolve("server.log"));
                }
                try {
                    if (new ApiClient(port).get("/actuator/health", null).status() == 200) {
                        return server;
                    }
                } catch (IllegalStateException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            server.close();
            throw new IllegalStateException(name + " did not become healthy; see " + dir.resolve("server.log"));
        }

        String login(String user) {
            return new ApiClient(port).login(user, "robson-demo");
        }

        long cpuTicks() throws IOException {
            String[] stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"))
                    .substring(Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"))
                                    .lastIndexOf(')')
                            + 2)
                    .split(" ");
            return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        }

        long rssMb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
