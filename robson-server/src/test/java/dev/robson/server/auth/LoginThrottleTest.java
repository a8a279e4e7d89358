package dev.robson.server.auth;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.problem.ApiProblem;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.MutableClock;
import dev.robson.server.support.TestTenants;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed per username at an address and per address, and a success clears it. */
@ApiTest
class LoginThrottleTest extends ApiFixture {

    @Test
    void whenAUsernameFailsTooOftenThenEvenTheRightPasswordWaitsAndRetryAfterSaysHowLong() {
        var trader = tenants.newTrader("guessed");
        String wrong = "{\"username\":\"" + trader.username() + "\",\"password\":\"guess-guess\"}";
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(api.post("/api/auth/token", wrong, null).status()).isEqualTo(401);
        }

        var locked = api.post(
                "/api/auth/token",
                "{\"username\":\"" + trader.username() + "\",\"password\":\"" + TestTenants.PASSWORD + "\"}",
                null);

        assertProblem(locked, 429, "login_throttled");
        assertThat(locked.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(v).matches("\\d+"));
        // Another user is not punished for this one's guesser (the address limit is higher).
        var other = tenants.newTrader("innocent");
        assertThat(login(other)).isNotBlank();
    }

    @Test
    void whenTheLockRunsOutThenTheRightPasswordWorksAndClearsTheCount() {
        var clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
        var throttle = new LoginThrottle(clock, LoginThrottle.DEFAULT_FREE_FAILURES_PER_ADDRESS);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.check("alice", "10.0.0.1")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> throttle.check("ALICE", "10.0.0.1")).isInstanceOf(ApiProblem.class);
        // The guesser's address is locked, not the user: alice elsewhere logs in as usual.
        assertThatCode(() -> throttle.check("alice", "10.0.0.2")).doesNotThrowAnyException();

        clock.advance(LoginThrottle.FIRST_LOCK.plusMillis(1));
        assertThatCode(() -> throttle.check("alice", "10.0.0.1")).doesNotThrowAnyException();
        throttle.succeeded("alice", "10.0.0.1");
        throttle.failed("alice", "10.0.0.3");
        assertThatCode(() -> throttle.check("alice", "10.0.0.3")).doesNotThrowAnyException();
    }

    @Test
    void whenOneAddressGuessesAcrossManyUsernamesThenTheAddressIsLocked() {
        var clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
        var throttle = new LoginThrottle(clock, 3);
        throttle.failed("u1", "10.9.9.9");
        throttle.failed("u2", "10.9.9.9");
        throttle.failed("u3", "10.9.9.9");

        assertThatThrownBy(() -> throttle.check("u4", "10.9.9.9")).isInstanceOf(ApiProblem.class);
        assertThatCode(() -> throttle.check("u4", "10.9.9.10")).doesNotThrowAnyException();
    }

    @Test
    void whenFailuresContinueThenTheLockDoublesUpToItsCeiling() {
        var clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
        var throttle = new LoginThrottle(clock, LoginThrottle.DEFAULT_FREE_FAILURES_PER_ADDRESS);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 30; i++) {
            throttle.failed("bob", "10.0.0.9");
        }

        clock.advance(LoginThrottle.MAX_LOCK.minus(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> throttle.check("bob", "10.0.0.9")).isInstanceOf(ApiProblem.class);
        clock.advance(Duration.ofSeconds(2));
        assertThatCode(() -> throttle.check("bob", "10.0.0.9")).doesNotThrowAnyException();
    }
}
