package dev.robson.server.exchange.binance.fake;

import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.exchange.binance.BinanceSettings;
import dev.robson.server.exchange.binance.HmacCredentials;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** What a test of Binance's wire starts from: a fresh fake Binance and an HTTP client, both closed after the test. */
public abstract class FakeBinanceFixture {

    protected final FakeBinance binance = FakeBinance.start();

    protected final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    final void stopBinance() {
        binance.close();
        http.close();
    }

    /** A client of this fake with Binance's default settings, on the system clock. */
    protected BinanceClient newClient() {
        return new BinanceClient(BinanceSettings.defaults(binance.baseUrl()), http, Clock.systemUTC());
    }

    /** {@link #newClient()} that gives up on an answer after {@code requestTimeout}. */
    protected BinanceClient newClient(Duration requestTimeout) {
        return new BinanceClient(
                BinanceSettings.defaults(binance.baseUrl()).withRequestTimeout(requestTimeout),
                http,
                Clock.systemUTC());
    }

    /** An HMAC key pair the fake knows (with no balance yet), as the client signs with it. */
    protected HmacCredentials newHmacKey(String apiKey, String secret) {
        binance.registerHmacKey(apiKey, secret);
        return new HmacCredentials(apiKey, secret);
    }
}
