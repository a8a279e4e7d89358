package dev.robson.server.exchange.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.exchange.binance.fake.FakeBinanceFixture;
import dev.robson.server.support.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the client behaves when Binance pushes back or breaks: bans honoured, failures typed. */
class BinanceFailuresTest extends FakeBinanceFixture {

    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
    private final BinanceClient client = new BinanceClient(
            BinanceSettings.defaults(binance.baseUrl()).withRequestTimeout(SHORT_TIMEOUT), http, clock);

    @ParameterizedTest
    @ValueSource(ints = {429, 418})
    void whenRateLimitedThenNothingIsSentUntilRetryAfterPasses(int status) {
        binance.rateLimitNext(status, 30);

        assertThatThrownBy(() -> client.bookTicker("BTCUSDC"))
                .isInstanceOfSatisfying(
                        ExchangeRateLimited.class,
                        limited -> assertThat(limited.retryAfter())
                                .isEqualTo(clock.instant().plusSeconds(30)));
        assertThat(client.bannedUntil()).contains(clock.instant().plusSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> client.lastPrice("BTCUSDC")).isInstanceOf(ExchangeRateLimited.class);
        assertThatThrownBy(() -> client.exchangeInfo()).isInstanceOf(ExchangeRateLimited.class);
        assertThat(binance.calls("/api/v3/ticker/bookTicker")).isEqualTo(1);
        assertThat(binance.calls("/api/v3/ticker/price")).isZero();
        assertThat(binance.calls("/api/v3/exchangeInfo")).isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(client.bookTicker("BTCUSDC").symbol()).isEqualTo("BTCUSDC");
        assertThat(client.bannedUntil()).isEmpty();
        assertThat(binance.calls("/api/v3/ticker/bookTicker")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void whenBinanceAnswers5xxThenItIsUnavailable(int status) {
        binance.failNext(1, status);

        assertThatThrownBy(() -> client.bookTicker("BTCUSDC"))
                .isInstanceOf(ExchangeUnavailable.class)
                .hasMessageContaining("HTTP " + status);
        assertThat(client.bookTicker("BTCUSDC").symbol()).isEqualTo("BTCUSDC");
    }

    @Test
    void whenBinanceIsSlowerThanTheRequestTimeoutThenUnavailableWithinTheTimeout() {
        binance.setLatency(Duration.ofSeconds(3));
        long started = System.nanoTime();

        assertThatThrownBy(() -> client.bookTicker("BTCUSDC"))
                .isInstanceOf(ExchangeUnavailable.class)
                .hasMessageContaining("timed out");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void whenTheBodyIsNotJsonThenUnavailable() {
        binance.malformedNext(1);

        assertThatThrownBy(() -> client.bookTicker("BTCUSDC"))
                .isInstanceOf(ExchangeUnavailable.class)
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void whenNothingListensThenUnavailable() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        var nowhere =
                new BinanceClient(BinanceSettings.defaults(closedPort).withRequestTimeout(SHORT_TIMEOUT), http, clock);

        assertThatThrownBy(() -> nowhere.serverTimeMs()).isInstanceOf(ExchangeUnavailable.class);
    }

    @Test
    void whenTheListenerThrowsThenTheCallStillAnswers() {
        var noisy = new BinanceClient(
                BinanceSettings.defaults(binance.baseUrl()), http, clock, (endpoint, status, took, weight) -> {
                    throw new IllegalStateException("metrics broke");
                });

        assertThat(noisy.serverTimeMs()).isPositive();
    }
}
