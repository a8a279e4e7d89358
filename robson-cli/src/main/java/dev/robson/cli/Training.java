package dev.robson.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run behind the launcher's start-up archive (JDK 25 AOT cache, or CDS on 21-24):
 * every command once, against a stand-in server on 127.0.0.1 answering in the real API's
 * shapes, so the archive holds the classes a real run loads — picocli's model, the HTTP
 * client, the JSON reader, the formatting. Nothing is printed; nothing outside a temporary
 * directory is touched.
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
    private static final String UNKNOWN_SYMBOL = """
            {"type":"about:blank","title":"Not Found","status":404,"detail":"Unknown symbol.","code":"unknown_symbol"}""";

    private Training() {}

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws IOException, InterruptedException {
        CliEnvironment.ofProcess();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", Training::answer);
        server.start();
        Path config = Files.createTempDirectory("robson-training");
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            CliEnvironment environment = new CliEnvironment(
                    Map.of("ROBSON_SERVER", url),
                    new Terminal(true, true, true),
                    Prompter.NOBODY,
                    new ByteArrayInputStream("training\n".getBytes(StandardCharsets.UTF_8)),
                    Clock.systemUTC(),
                    ZoneId.systemDefault(),
                    stop -> () -> {},
                    config,
                    Duration.ofMillis(1));
            execute(environment, "--version");
            execute(environment, "--help");
            execute(environment, "login", "--username", "training", "--password-stdin");
            execute(environment, "positions");
            execute(environment, "positions", "--json");
            execute(environment, "price", "BTCUSDC");
            execute(environment, "price", "btcusdc", "--json");
            execute(environment, "price", "NOSUCH");
            execute(environment, "price");
            execute(environment, "account");
            execute(environment, "operations");
            execute(environment, "operations", "show", "1");
            execute(environment, "completion");
            watchBriefly(environment);
            execute(environment, "logout");
        } finally {
            server.stop(0);
            try (Stream<Path> files = Files.walk(config)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void watchBriefly(CliEnvironment environment) throws InterruptedException {
        Thread watcher = new Thread(() -> execute(environment, "price", "BTCUSDC", "--watch", "--interval", "20ms"));
        watcher.start();
        Thread.sleep(100);
        watcher.interrupt();
        watcher.join(5_000);
    }

    private static void execute(CliEnvironment environment, String... args) {
        CommandLine commandLine = RobsonCli.commandLine(environment, args);
        commandLine.setOut(new PrintWriter(Writer.nullWriter()));
        commandLine.setErr(new PrintWriter(Writer.nullWriter()));
        RobsonCli.execute(commandLine, args);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int status = 200;
        String body;
        if (path.startsWith("/api/auth/logout")) {
            status = 204;
            body = "";
        } else if (path.startsWith("/api/auth/")) {
            body = TOKENS;
        } else if (path.startsWith("/api/portfolio/positions")) {
            body = POSITIONS;
        } else if (path.equals("/api/market/price/BTCUSDC/")) {
            body = PRICE;
        } else if (path.startsWith("/api/account/summary")) {
            body = SUMMARY;
        } else if (path.startsWith("/api/account/balance")) {
            body = BALANCE;
        } else if (path.equals("/api/operations/")) {
            body = "{\"operations\":[" + OPERATION + "]}";
        } else if (path.startsWith("/api/operations/")) {
            body = OPERATION;
        } else {
            status = 404;
            body = UNKNOWN_SYMBOL;
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
