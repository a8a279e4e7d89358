package dev.robson.server.exchange.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.exchange.binance.fake.FakeBinanceFixture;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Signed endpoints: both key types accepted, wrong keys refused, clock drift healed once. */
class BinanceSignedCallsTest extends FakeBinanceFixture {

    private static final String SECRET = "hmac-secret-that-must-never-leak-0123456789";

    private final BinanceClient client = newClient();
    private final HmacCredentials hmac = newHmacKey("hmac-api-key", SECRET);

    BinanceSignedCallsTest() {
        binance.setBalance("hmac-api-key", "BTC", "0.00033000", "0");
        binance.setBalance("hmac-api-key", "USDC", "120.5", "4.5");
        binance.setBalance("hmac-api-key", "ETH", "0", "0");
    }

    @Test
    void whenReadingTheAccountWithAnHmacKeyThenTheNonZeroBalancesAreExact() {
        AccountBalances account = client.account(hmac);

        assertThat(account.balances())
                .containsExactly(
                        new AccountBalances.AssetBalance("BTC", new BigDecimal("0.00033000"), new BigDecimal("0E-8")),
                        new AccountBalances.AssetBalance(
                                "USDC", new BigDecimal("120.50000000"), new BigDecimal("4.50000000")));
        assertThat(client.usedWeight1m()).isEqualTo(20);
    }

    @Test
    void whenReadingTheAccountWithAnEd25519KeyThenBinanceAcceptsTheSignature() throws Exception {
        KeyPair pair = ed25519();
        binance.registerEd25519Key("ed-api-key", pair.getPublic());
        binance.setBalance("ed-api-key", "ETH", "1.5", "0");

        AccountBalances account = client.account(new Ed25519Credentials("ed-api-key", pair.getPrivate()));

        assertThat(account.balances())
                .extracting(AccountBalances.AssetBalance::asset)
                .containsExactly("ETH");
    }

    @Test
    void whenSignedWithAKeyBinanceDoesNotHoldThenTheSignatureIsRefused() throws Exception {
        binance.registerEd25519Key("ed-api-key", ed25519().getPublic());
        var impostor = new Ed25519Credentials("ed-api-key", ed25519().getPrivate());

        assertThatThrownBy(() -> client.account(impostor))
                .isInstanceOfSatisfying(
                        ExchangeRejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(-1022));
        assertThatThrownBy(() -> client.account(new HmacCredentials("hmac-api-key", "another-secret")))
                .isInstanceOfSatisfying(
                        ExchangeRejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(-1022));
        assertThatThrownBy(() -> client.account(new HmacCredentials("unknown-api-key", SECRET)))
                .isInstanceOfSatisfying(ExchangeRejected.class, rejected -> {
                    assertThat(rejected.status()).isEqualTo(401);
                    assertThat(rejected.code()).isEqualTo(-2015);
                });
    }

    @Test
    void whenBinancesClockRunsAheadThenTheClientResyncsOnceAndTheRetrySucceeds() {
        binance.setServerTimeOffset(Duration.ofMinutes(10));

        assertThat(client.account(hmac).balances()).isNotEmpty();
        assertThat(binance.calls("/api/v3/time")).isEqualTo(1);
        assertThat(binance.calls("/api/v3/account")).isEqualTo(2);

        // The offset is kept: the next call is accepted first time.
        client.account(hmac);
        assertThat(binance.calls("/api/v3/time")).isEqualTo(1);
        assertThat(binance.calls("/api/v3/account")).isEqualTo(3);
    }

    @Test
    void whenBinanceReportsClockSkewOnceThenTheCallIsRetriedOnce() {
        binance.clockSkewNext();

        assertThat(client.account(hmac).balances()).isNotEmpty();
        assertThat(binance.calls("/api/v3/time")).isEqualTo(1);
        assertThat(binance.calls("/api/v3/account")).isEqualTo(2);
    }

    @Test
    void whenTheRetryIsRefusedTooThenTheRejectionSurfacesAfterOneRetry() {
        // A recvWindow shorter than the drift the retry would have to absorb: Binance stays ahead.
        var strict = new BinanceClient(
                new BinanceSettings(
                        binance.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(1)),
                http,
                Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));
        binance.setLatency(Duration.ofMillis(50));

        assertThatThrownBy(() -> strict.account(hmac))
                .isInstanceOfSatisfying(
                        ExchangeRejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(-1021));
        assertThat(binance.calls("/api/v3/account")).isEqualTo(2);
        assertThat(binance.calls("/api/v3/time")).isEqualTo(1);
    }

    @Test
    void whenASignedCallFailsThenNeitherSecretNorSignatureIsInTheMessage() {
        binance.failNext(1, 503);
        assertThatThrownBy(() -> client.account(hmac))
                .isInstanceOf(ExchangeUnavailable.class)
                .message()
                .doesNotContain(SECRET)
                .doesNotContain("signature")
                .doesNotContain("timestamp=");

        assertThatThrownBy(() -> client.account(new HmacCredentials("hmac-api-key", "wrong-" + SECRET)))
                .isInstanceOf(ExchangeRejected.class)
                .message()
                .doesNotContain(SECRET)
                .doesNotContain("signature=")
                .doesNotContain("timestamp=");
    }

    private static KeyPair ed25519() throws NoSuchAlgorithmException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }
}
