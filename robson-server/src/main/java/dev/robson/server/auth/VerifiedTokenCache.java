package dev.robson.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens already verified, until they expire. A dashboard presents the same
 * access token several times a second; parsing it and checking its HMAC each time was the
 * largest cost of a cached price request. Only successes are kept, and never past the
 * token's own {@code exp}, so nothing is accepted that the full check would refuse.
 *
 * <p>Only canonical tokens get this far (see {@link CanonicalToken}): every other spelling is
 * refused before any work. Entries are keyed by the SHA-256 of the token, not by its text,
 * and their number is bounded, so the cache's memory is too.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    static final long DEFAULT_MAXIMUM_SIZE = 10_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(JwtDecoder verifier, Clock clock) {
        this(verifier, clock, DEFAULT_MAXIMUM_SIZE);
    }

    VerifiedTokenCache(JwtDecoder verifier, Clock clock, long maximumSize) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Jwt>creating((digest, jwt) -> untilExpiry(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (!CanonicalToken.is(token)) {
            throw new BadJwtException(
                    "The token is not a canonical compact JWS of at most " + CanonicalToken.MAX_LENGTH + " characters");
        }
        String digest = digest(token);
        Jwt known = verified.getIfPresent(digest);
        if (known != null && known.getExpiresAt() != null && clock.instant().isBefore(known.getExpiresAt())) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        verified.put(digest, jwt);
        return jwt;
    }

    /** How many verified tokens are remembered now. */
    public long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Duration untilExpiry(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), expires);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
