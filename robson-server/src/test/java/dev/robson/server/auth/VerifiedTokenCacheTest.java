package dev.robson.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

    /** Shaped like compact JWSs (three canonical base64url parts); the verifier below judges them by prefix. */
    private static final String GOOD = "good.AAAA.AAAA";

    private static final String FORGED = "bad0.AAAA.AAAA";

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
        return Jwt.withTokenValue(token)
                .header("alg", "HS256")
                .claim("tenant_id", 1L)
                .issuedAt(issued)
                .expiresAt(issued.plus(Duration.ofMinutes(15)))
                .build();
    };

    @Test
    void whenATokenIsPresentedAgainThenItIsNotVerifiedAgainUntilItExpires() {
        var cache = new VerifiedTokenCache(verifier, clock);

        cache.decode(GOOD);
        cache.decode(GOOD);
        clock.advance(Duration.ofMinutes(14));
        cache.decode(GOOD);

        assertThat(verifications).hasValue(1);
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> cache.decode(GOOD)).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void whenATokenFailsThenTheFailureIsNotRememberedAndItIsCheckedEveryTime() {
        var cache = new VerifiedTokenCache(verifier, clock);

        assertThatThrownBy(() -> cache.decode(FORGED)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode(FORGED)).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void whenATokenIsNotCanonicalOrTooLongThenItIsRefusedWithoutVerificationOrCaching() {
        var cache = new VerifiedTokenCache(verifier, clock);

        for (String variant : List.of(
                GOOD + "=",
                GOOD + "~",
                "good.AAAA.AB",
                "good.AAAA",
                "good.AAAA.AAAA.",
                "good..AAAA",
                "good.AAAA.AA+A",
                "good.AAAA." + "A".repeat(4_100))) {
            assertThatThrownBy(() -> cache.decode(variant)).as(variant).isInstanceOf(BadJwtException.class);
        }

        assertThat(verifications).hasValue(0);
        assertThat(cache.size()).isZero();
    }

    @Test
    void whenMoreTokensThanTheBoundAreVerifiedThenTheCacheKeepsOnlyTheBound() {
        var cache = new VerifiedTokenCache(verifier, clock, 10);

        for (int i = 0; i < 50; i++) {
            cache.decode("good.AAAA." + String.format("%04d", i));
        }

        assertThat(cache.size()).isLessThanOrEqualTo(10);
    }
}
