package dev.robson.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run behind the launcher's start-up archive (JDK 25 AOT cache, or CDS on 21-24):
 * every command once (the planning ones too: strategies, analyze, a dry-run plan, risk), against a stand-in server on 127.0.0.1 answering in the real API's
 * shapes, so the archive holds the classes a real run loads — picocli's model, the HTTP
 * client, the JSON reader, the formatting. Nothing is printed; nothing outside a temporary
 * directory is touched. The test of the run reads each command's outcome.
 */
public final class Training {

    private static final String POSITIONS = """
            {"positions":[{"operation_id":1,"symbol":"BTCUSDC","side":"BUY","quantity":"0.00033","entry_price":"88837.92",\
            "current_price":"89245.00","unrealized_pnl":"0.13","unrealized_pnl_percent":"0.46","stop_loss":"87061.16",\
            "take_profit":"92391.44","distance_to_stop_percent":"-2.45","distance_to_target_percent":"3.53",\
            "status":"OPEN","direction":"LONG","risk_at_stop":"-0.59","reward_at_target":"1.17","position_value":"29.45",\
            "cost_basis":"29.32","quote_asset":"USDC","opened_at":"2025-12-22T14:30:00Z","price_timestamp":1767614400,\
            "price_stale":false,"price_source":"SIMULATED"}],"totals":[{"quote_asset":"USDC","positions":1,\
            "unrealized_pnl":"0.13","unrealized_pnl_percent":"0.46","positions_value":"29.45","cost_basis":"29.32"}],\
            "trading_mode":"PAPER","as_of":1767614400}""";
    private static final String PRICE = """
            {"symbol":"BTCUSDC","base_asset":"BTC","quote_asset":"USDC","bid":"89245.00","ask":"89246.00",\
            "last":"89245.50","spread":"1.00","spread_percent":"0.0011","timestamp":1767614400,"stale":false,\
            "source":"SIMULATED"}""";
    private static final String SUMMARY = """
            {"quote_asset":"USDC","balance":"1029.45","positions_value":"29.45","available":"1000.00",\
            "exposure_percent":"2.86","source":"PAPER","timestamp":1767614400}""";
    private static final String BALANCE = """
            {"quote_asset":"USDC","balances":[{"asset":"USDC","free":"1000.00","locked":"0.00","total":"1000.00",\
            "value":"1000.00"}],"total_value":"1000.00","source":"PAPER","timestamp":1767614400}""";
    private static final String OPERATION = """
            {"operation_id":1,"symbol":"BTCUSDC","side":"BUY","direction":"LONG","quantity":"0.00033",\
            "entry_quantity":"0.00033","entry_price":"88837.92","stop_loss":"87061.16","take_profit":"92391.44",\
            "status":"ACTIVE","quote_asset":"USDC","opened_at":"2025-12-22T14:30:00Z"}""";
    private static final String TOKENS = """
            {"access_token":"training","token_type":"Bearer","expires_in":900,"refresh_token":"training",\
            "refresh_expires_in":86400}""";
    private static final String DISPLAY_RULES = """
            {"usd_quote_assets":["USDC"]}""";
    private static final String STRATEGIES = """
            {"strategies":[{"id":1,"name":"BTC Spot Manual","side":"LONG","timeframe":"15m","support_level":2,"risk_per_trade_percent":"1",\
            "reward_multiple":"2","max_monthly_loss_percent":"4"},{"id":2,"name":"ETH Third Support","side":"LONG",\
            "timeframe":"15m","support_level":3,"risk_per_trade_percent":"0.5","reward_multiple":"3","max_monthly_loss_percent":"2"}]}""";
    private static final String LEVELS = """
            {"symbol":"BTCUSDC","entry_reference":"90000.00","levels":[{"price":"89960.00","members":1,"last_touch_time":"2026-01-05T11:15:00Z"},\
            {"price":"88650.00","members":3,"last_touch_time":"2026-01-05T06:30:00Z"},{"price":"87210.00","members":2,\
            "last_touch_time":"2026-01-04T21:45:00Z"}],"skipped_levels":[],"technical_level":"88650.00","stop_loss":"88650.00",\
            "method":"SWING_LEVEL_2","confidence":"HIGH","atr":"412.50","warnings":[],"candles_from":"2026-01-04T10:45:00Z",\
            "candles_to":"2026-01-05T11:45:00Z"}""";
    private static final String PLAN_DRY_RUN = """
            {"status":"PLANNED","strategy_id":1,"symbol":"BTCUSDC","side":"LONG","entry_reference":"90000.00","entry_max":"90045.00",\
            "technical_level":"89381.25","stop_loss":"89381.25","take_profit":"91237.50","quantity":"0.01099","sellable_quantity":"0.01097",\
            "notional":"989.59","planned_risk":"10.25","planned_risk_percent":"0.9969","stop_distance_percent":"0.69",\
            "method":"ATR_FALLBACK","confidence":"LOW","levels":[{"price":"89960.00","members":2,"last_touch_time":"2026-01-05T11:15:00Z"},\
            {"price":"89930.00","members":1,"last_touch_time":"2026-01-05T10:30:00Z"}],"skipped_levels":[{"price":"89930.00",\
            "members":1,"last_touch_time":"2026-01-05T10:30:00Z","reason":"below_min"}],"warnings":[{"code":"atr_fallback",\
            "message":"no support within bounds: the stop comes from the ATR"},{"code":"cash_capped","message":"the free balance,\
             not the risk allowance, limits the size"}],"budget":{"month":"2026-01","quote_asset":"USDC","capital_base":"1028.00",\
            "budget":"41.12","consumed":"0.00","open_risk":"0.00","remaining":"41.12","slots":4,"status":"ACTIVE"},\
            "fee_rate":"0.001","expires_at":"2026-01-05T12:01:58Z","quote_asset":"USDC"}""";
    private static final String RISK_STATUS = """
            {"month":"2026-01","quote_asset":"USDC","capital_base":"1028.00","budget":"41.12","consumed":"0.00",\
            "open_risk":"10.27","remaining":"30.85","slots":3,"status":"ACTIVE"}""";
    private static final String UNKNOWN_SYMBOL = """
            {"type":"about:blank","title":"Not Found","status":404,"detail":"Unknown symbol.","code":"unknown_symbol"}""";

    /** One command of the run: its arguments, exit status and what it printed. */
    record Step(List<String> args, int exitCode, String out, String err) {}

    private Training() {}

    public static void main(String[] args) throws Exception {
        run(Clock.systemUTC());
    }

    /** Runs every command once against the stand-in; answers each command's outcome, in order. */
    static List<Step> run(Clock clock) throws IOException, InterruptedException {
        CliEnvironment.ofProcess();
        StandIn standIn = new StandIn();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", standIn::answer);
        server.start();
        Path config = Files.createTempDirectory("robson-training");
        List<Step> steps = new ArrayList<>();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            CliEnvironment environment = new CliEnvironment(
                    Map.of("ROBSON_SERVER", url),
                    new Terminal(true, true, true),
                    Prompter.NOBODY,
                    new ByteArrayInputStream("training\n".getBytes(StandardCharsets.UTF_8)),
                    clock,
                    ZoneOffset.UTC,
                    stop -> () -> {},
                    config,
                    Duration.ofMillis(1));
            steps.add(execute(environment, "--version"));
            steps.add(execute(environment, "--help"));
            steps.add(execute(environment, "login", "--username", "training", "--password-stdin"));
            steps.add(execute(environment, "positions"));
            steps.add(execute(environment, "positions", "--json"));
            steps.add(execute(environment, "price", "BTCUSDC"));
            steps.add(execute(environment, "price", "btcusdc", "--json"));
            steps.add(execute(environment, "price", "NOSUCH"));
            steps.add(execute(environment, "price"));
            steps.add(execute(environment, "account"));
            steps.add(execute(environment, "operations"));
            steps.add(execute(environment, "operations", "show", "1"));
            steps.add(execute(environment, "strategies"));
            steps.add(execute(environment, "analyze", "BTCUSDC"));
            steps.add(execute(environment, "plan", "BTCUSDC", "--strategy", "BTC Spot Manual", "--dry-run"));
            steps.add(execute(environment, "plan", "BTCUSDC", "--dry-run", "--json"));
            steps.add(execute(environment, "risk"));
            steps.add(execute(environment, "completion"));
            steps.add(watchTwoPrices(environment, standIn));
            steps.add(execute(environment, "logout"));
        } finally {
            server.stop(0);
            try (Stream<Path> files = Files.walk(config)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        return steps;
    }

    /** A watch, stopped the way Ctrl-C stops it once the stand-in has answered its second price. */
    private static Step watchTwoPrices(CliEnvironment environment, StandIn standIn) throws InterruptedException {
        CountDownLatch registered = new CountDownLatch(1);
        AtomicReference<Runnable> interrupt = new AtomicReference<>();
        StopSignal interruptKey = stop -> {
            interrupt.set(stop);
            registered.countDown();
            return () -> {};
        };
        CliEnvironment watching = new CliEnvironment(
                environment.variables(),
                environment.terminal(),
                environment.prompter(),
                environment.stdin(),
                environment.clock(),
                environment.zone(),
                interruptKey,
                environment.configDirectory(),
                environment.shortestInterval());
        CountDownLatch prices = standIn.countPrices(2);
        AtomicReference<Step> step = new AtomicReference<>();
        Thread watcher =
                new Thread(() -> step.set(execute(watching, "price", "BTCUSDC", "--watch", "--interval", "20ms")));
        watcher.start();
        if (registered.await(5, TimeUnit.SECONDS)) {
            prices.await(5, TimeUnit.SECONDS);
            interrupt.get().run();
        }
        watcher.join(5_000);
        if (watcher.isAlive()) {
            watcher.interrupt();
            watcher.join(5_000);
        }
        return step.get();
    }

    private static Step execute(CliEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = RobsonCli.commandLine(environment, args);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = RobsonCli.execute(commandLine, args);
        return new Step(List.of(args), exitCode, out.toString(), err.toString());
    }

    /** Answers in the real API's shapes, and counts the prices it gave while someone waits for them. */
    private static final class StandIn {

        private static final String PRICE_PATH = "/api/market/price/BTCUSDC/";

        /** The answers to exact paths, before any of {@link #ANSWERS_BY_PREFIX}. */
        private static final Map<String, String> ANSWERS = Map.ofEntries(
                Map.entry(PRICE_PATH, PRICE),
                Map.entry("/api/market/display-rules/", DISPLAY_RULES),
                Map.entry("/api/strategies/", STRATEGIES),
                Map.entry("/api/analysis/levels/BTCUSDC/", LEVELS),
                Map.entry("/api/operations/plan/", PLAN_DRY_RUN),
                Map.entry("/api/risk/status/", RISK_STATUS),
                Map.entry("/api/operations/", "{\"operations\":[" + OPERATION + "]}"));

        /** The answers to paths that start so, the first that fits: one operation under /api/operations/{id}/. */
        private static final List<Map.Entry<String, String>> ANSWERS_BY_PREFIX = List.of(
                Map.entry("/api/auth/", TOKENS),
                Map.entry("/api/portfolio/positions", POSITIONS),
                Map.entry("/api/account/summary", SUMMARY),
                Map.entry("/api/account/balance", BALANCE),
                Map.entry("/api/operations/", OPERATION));

        private volatile CountDownLatch pricesAwaited = new CountDownLatch(0);

        CountDownLatch countPrices(int count) {
            pricesAwaited = new CountDownLatch(count);
            return pricesAwaited;
        }

        void answer(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            int status = 200;
            String body;
            if (path.startsWith("/api/auth/logout")) {
                status = 204;
                body = "";
            } else {
                body = ANSWERS.get(path);
                if (body == null) {
                    body = ANSWERS_BY_PREFIX.stream()
                            .filter(route -> path.startsWith(route.getKey()))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse(null);
                }
                if (body == null) {
                    status = 404;
                    body = UNKNOWN_SYMBOL;
                }
            }
            if (path.equals(PRICE_PATH)) {
                pricesAwaited.countDown();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .add("Content-Type", status == 404 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
