package dev.robson.server.bench;

import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.exchange.stream.fake.FakeBookTickerStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The fake Binance as a process of its own that a benchmark script can steer while it runs:
 * writes its base URL to the file named by the first argument, then reads one command per
 * line from standard input (a fifo, in the scripts) and answers each on standard output.
 *
 * <pre>
 * book BTCUSDC 87000.00 87000.01    best bid and ask
 * last BTCUSDC 87000.00             last trade price
 * fail 5 503                        the next 5 requests answer 503
 * latency 200                       every request waits 200 ms
 * calls /api/v3/ticker/bookTicker   prints "calls PATH N"
 * calls /api/v3/ticker/bookTicker?symbol=BTCUSDC   the same for one symbol
 * weight                            prints "weight W limited N": weight charged since reset, requests refused past the limit
 * limit 6000                        refuses every request with 429 once a minute's weight passes 6000, as Binance does
 * reset                             zeroes the call counts
 * stream BTCUSDC 10                 the fake stream publishes BTCUSDC's book 10 times a second (0 stops)
 * </pre>
 *
 * <p>Started with {@code FAKE_BINANCE_LATENCY_MS=50} in its environment, every request waits
 * 50 ms from the start (a round trip to the real exchange). Beside the REST fake it runs the
 * fake book-ticker stream, whose {@code ws://} URL it writes to the first argument's file name
 * plus {@code .ws}.
 *
 * End of input does not stop it (a fifo's writer may come and go); it serves until killed.
 * Benchmarks only: FakeBinance itself binds an ephemeral port, so a restart gets a new one.
 */
public final class FakeBinanceConsole {

    private FakeBinanceConsole() {}

    public static void main(String[] args) throws Exception {
        FakeBinance binance = FakeBinance.start();
        FakeBookTickerStream stream = FakeBookTickerStream.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stream.close();
            binance.close();
        }));
        binance.setLatency(
                Duration.ofMillis(Long.parseLong(System.getenv().getOrDefault("FAKE_BINANCE_LATENCY_MS", "0"))));
        String url = binance.baseUrl().toString();
        if (args.length > 0) {
            // The stream's address first: a script waiting for the REST address then finds both.
            Files.writeString(Path.of(args[0] + ".ws"), stream.wsUrl().toString());
            Files.writeString(Path.of(args[0]), url);
        }
        StreamTicker ticker = new StreamTicker(binance, stream);
        System.out.println("Fake Binance at " + url);
        System.out.flush();
        while (true) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println(execute(binance, ticker, line.trim().split("\\s+")));
                System.out.flush();
            }
            Thread.sleep(100); // EOF: a fifo's writer closed; keep serving and reading
        }
    }

    private static String execute(FakeBinance binance, StreamTicker ticker, String[] words) {
        try {
            switch (words[0]) {
                case "book" -> binance.setBook(words[1], words[2], words[3]);
                case "last" -> binance.setLastPrice(words[1], words[2]);
                case "fail" -> binance.failNext(Integer.parseInt(words[1]), Integer.parseInt(words[2]));
                case "latency" -> binance.setLatency(Duration.ofMillis(Long.parseLong(words[1])));
                case "calls" -> {
                    return "calls " + words[1] + " " + binance.calls(words[1]);
                }
                case "weight" -> {
                    return "weight " + binance.usedWeight() + " limited " + binance.weightLimited();
                }
                case "limit" -> binance.limitWeightPerMinute(Integer.parseInt(words[1]));
                case "reset" -> binance.resetCounts();
                case "stream" -> ticker.publish(words[1], Integer.parseInt(words[2]));
                case "" -> {
                    return "";
                }
                default -> {
                    return "error unknown command " + words[0];
                }
            }
            return "ok " + String.join(" ", words);
        } catch (RuntimeException e) {
            return "error " + e;
        }
    }
}
