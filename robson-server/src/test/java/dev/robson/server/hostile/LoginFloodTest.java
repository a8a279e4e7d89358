package dev.robson.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTenants;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Wrong logins throttle the guesser, not the user. The test client is the trusted proxy
 * (127.0.0.1), so X-Forwarded-For says where each attempt comes from. BCrypt runs at cost 10
 * here (production 12) so a hash costs real CPU, and one check at a time.
 */
@ApiTest
@TestPropertySource(
        properties = {
            "robson.trusted-proxies=127.0.0.1",
            "robson.auth.login-failures-per-address=20",
            "robson.auth.password-hash-strength=10",
            "robson.auth.concurrent-password-checks=1",
            "robson.auth.password-check-wait=50ms"
        })
class LoginFloodTest extends ApiFixture {

    @Test
    void whenOneAddressGuessesThenTheRightPasswordStillWorksFromAnother() {
        TestTenants.Trader victim = tenants.newTrader("victim");
        String wrong = credentials(victim.username(), "not-the-password");
        int throttled = 0;
        for (int i = 0; i < 12; i++) {
            int status = api.postWithHeaders("/api/auth/token", wrong, "X-Forwarded-For", "203.0.113.9")
                    .status();
            assertThat(status).isIn(401, 429);
            throttled += status == 429 ? 1 : 0;
        }
        // 5 free failures for a username at an address, then locks of 2 s, 4 s, ...: most of 12 are refused.
        assertThat(throttled).isPositive();
        String right = credentials(victim.username(), TestTenants.PASSWORD);
        assertThat(api.postWithHeaders("/api/auth/token", right, "X-Forwarded-For", "203.0.113.9")
                        .status())
                .isEqualTo(429);

        var elsewhere = api.postWithHeaders("/api/auth/token", right, "X-Forwarded-For", "198.51.100.7");

        assertThat(elsewhere.status()).isEqualTo(200);
    }

    @Test
    void whenTheClientForgesItsForwardedAddressThenOnlyTheHopOurProxyAddedCounts() {
        TestTenants.Trader victim = tenants.newTrader("forged");
        String wrong = credentials(victim.username(), "not-the-password");
        // The guesser writes a new fake address on every try; our proxy appends the real one.
        for (int i = 0; i < 8; i++) {
            api.postWithHeaders("/api/auth/token", wrong, "X-Forwarded-For", "10.0.0." + i + ", 203.0.113.77");
        }

        var again = api.postWithHeaders(
                "/api/auth/token",
                credentials(victim.username(), TestTenants.PASSWORD),
                "X-Forwarded-For",
                "10.0.0.99, 203.0.113.77");

        assertThat(again.status()).isEqualTo(429);
    }

    @Test
    void whenThirtyTwoWrongLoginsArriveAtOnceThenTheExcessIsRefusedFastAndOtherRequestsAreServed() throws Exception {
        TestTenants.Trader bystander = tenants.newTrader("bystander");
        String token = login(bystander);
        TestTenants.Trader target = tenants.newTrader("flooded");
        List<Callable<Integer>> flood = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String address = "198.18.0." + (i + 1); // one address each: the address limit never applies
            flood.add(() -> api.postWithHeaders(
                            "/api/auth/token",
                            credentials(target.username(), "wrong-" + address),
                            "X-Forwarded-For",
                            address)
                    .status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService attackers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> answers =
                    flood.stream().map(attackers::submit).toList();
            // Served while the flood is in flight (how fast is for bench/hostile, drill c).
            assertThat(api.get("/api/operations/", token).status()).isEqualTo(200);
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(401, 429));
        // One check at a time, each waiting at most 50 ms for a turn: most of 32 are turned away
        // as login_busy without hashing, instead of 32 BCrypts sharing the cores.
        assertThat(statuses).filteredOn(status -> status == 429).isNotEmpty();
    }

    @Test
    void whenTheTrustedProxySaysHttpsThenTheCookieIsSecureAndHstsIsSent() {
        TestTenants.Trader trader = tenants.newTrader("tls");
        String right = credentials(trader.username(), TestTenants.PASSWORD);

        var overTls = api.postWithHeaders(
                "/api/auth/token", right, "X-Forwarded-For", "198.51.100.20", "X-Forwarded-Proto", "https");
        var plain = api.postWithHeaders("/api/auth/token", right, "X-Forwarded-For", "198.51.100.21");

        assertThat(overTls.status()).isEqualTo(200);
        assertThat(overTls.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains("Secure"));
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(plain.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }
}
