package dev.robson.server.exchange.binance.fake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake Binance as a process of its own, for benchmarks and manual runs: prints its
 * base URL (and writes it to the file named by the first argument, if any), then serves
 * until killed.
 */
public final class FakeBinanceMain {

    private FakeBinanceMain() {}

    public static void main(String[] args) throws Exception {
        FakeBinance binance = FakeBinance.start();
        Runtime.getRuntime().addShutdownHook(new Thread(binance::close));
        String url = binance.baseUrl().toString();
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), url);
        }
        System.out.println("Fake Binance at " + url);
        new CountDownLatch(1).await();
    }
}
