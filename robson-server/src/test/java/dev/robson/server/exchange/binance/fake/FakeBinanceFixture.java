package dev.robson.server.exchange.binance.fake;

import java.net.http.HttpClient;
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
}
