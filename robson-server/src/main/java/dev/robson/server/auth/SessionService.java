package dev.robson.server.auth;

import dev.robson.server.problem.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Login, refresh with rotation, and logout. */
@Service
class SessionService {

    private final UserAccountRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokenIssuer accessTokens;
    private final PasswordEncoder passwords;
    private final AuthProperties auth;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final HashingBulkhead hashing;
    /** Compared against when the user does not exist, so timing does not reveal usernames. */
    private final String decoyHash;

    SessionService(
            UserAccountRepository users,
            RefreshTokenRepository refreshTokens,
            AccessTokenIssuer accessTokens,
            PasswordEncoder passwords,
            AuthProperties auth,
            Clock clock,
            LoginThrottle throttle,
            HashingBulkhead hashing) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.passwords = passwords;
        this.auth = auth;
        this.clock = clock;
        this.throttle = throttle;
        this.hashing = hashing;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Transactional
    TokenPair login(String username, String password, String address) {
        throttle.check(username, address);
        var user = users.findByUsername(username);
        boolean matches =
                hashing.matches(password, user.map(UserAccount::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches || !user.get().enabled()) {
            throttle.failed(username, address);
            throw ApiProblem.unauthorized("invalid_credentials", "Unknown username or wrong password.");
        }
        throttle.succeeded(username, address);
        return issue(user.get(), UUID.randomUUID().toString());
    }

    @Transactional(noRollbackFor = ApiProblem.class)
    TokenPair refresh(String refreshToken) {
        Instant now = clock.instant();
        if (refreshTokens.rotate(refreshToken, now)) {
            var stored = refreshTokens.find(refreshToken).orElseThrow();
            var user = users.findById(stored.userId())
                    .filter(UserAccount::enabled)
                    .orElseThrow(() -> ApiProblem.unauthorized("invalid_refresh_token", "The session has ended."));
            return issue(user, stored.familyId());
        }
        var stored = refreshTokens
                .find(refreshToken)
                .orElseThrow(() -> ApiProblem.unauthorized("invalid_refresh_token", "Unknown refresh token."));
        if (stored.rotated() || stored.revoked()) {
            // A used token presented again: either a replay by a thief or a confused client.
            // Either way the chain can no longer be trusted.
            refreshTokens.revokeFamily(stored.familyId(), now);
            throw ApiProblem.unauthorized(
                    "refresh_token_reused", "This refresh token was already used or revoked; log in again.");
        }
        throw ApiProblem.unauthorized("refresh_token_expired", "The session has expired; log in again.");
    }

    @Transactional
    void logout(String refreshToken) {
        refreshTokens
                .find(refreshToken)
                .ifPresent(stored -> refreshTokens.revokeFamily(stored.familyId(), clock.instant()));
    }

    private TokenPair issue(UserAccount user, String familyId) {
        Instant now = clock.instant();
        String refresh = RefreshTokenRepository.newTokenValue();
        refreshTokens.store(refresh, user, familyId, now, now.plus(auth.refreshTokenTtl()));
        return new TokenPair(
                accessTokens.mint(user),
                "Bearer",
                accessTokens.lifetimeSeconds(),
                refresh,
                auth.refreshTokenTtl().toSeconds());
    }
}
