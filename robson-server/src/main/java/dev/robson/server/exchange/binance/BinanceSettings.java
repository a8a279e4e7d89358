package dev.robson.server.exchange.binance;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Binance is (production, testnet or a local fake) and how long Robson waits for it.
 *
 * @param recvWindow how old a signed request may be when Binance reads it; Binance caps it at
 *                   60 s, and a short one keeps a delayed order from executing long after we
 *                   gave up on it
 */
public record BinanceSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout, Duration recvWindow) {

    private static final Duration MAX_RECV_WINDOW = Duration.ofSeconds(60);

    public BinanceSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(recvWindow, "recvWindow");
        if (recvWindow.compareTo(MAX_RECV_WINDOW) > 0) {
            throw new IllegalArgumentException("recvWindow must be at most 60 s, Binance refuses more");
        }
    }

    public static BinanceSettings defaults(URI baseUrl) {
        return new BinanceSettings(baseUrl, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    public BinanceSettings withRequestTimeout(Duration timeout) {
        return new BinanceSettings(baseUrl, connectTimeout, timeout, recvWindow);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
