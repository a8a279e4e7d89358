package dev.robson.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
    private final AtomicInteger verifications = new AtomicInteger();

    /** Verifies "good" tokens valid for 15 minutes from the test clock's start; refuses others. */
    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        Instant issued = Instant.parse("2026-01-05T12:00:00Z");
        if (!clock.instant().isBefore(issued.plus(Duration.ofMinutes(15)))) {
            throw new BadJwtException("expired");
        }
        return Jwt.withTokenValue(token).header("alg", "HS256").claim("client_id", 1L)
                .issuedAt(issued).expiresAt(issued.plus(Duration.ofMinutes(15))).build();
    };

    @Test
    void whenATokenIsPresentedAgainThenItIsNotVerifiedAgainUntilItExpires() {
        var cache = new VerifiedTokenCache(verifier, clock);

        cache.decode("good-1");
        cache.decode("good-1");
        clock.advance(Duration.ofMinutes(14));
        cache.decode("good-1");

        assertThat(verifications).hasValue(1);
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> cache.decode("good-1")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void whenATokenFailsThenTheFailureIsNotRememberedAndItIsCheckedEveryTime() {
        var cache = new VerifiedTokenCache(verifier, clock);

        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }
}
