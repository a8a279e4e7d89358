package dev.robson.cli.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The saved session of one server. The access token lives 15 minutes; when it has expired
 * (or the server refuses it) the saved refresh token buys a new pair, which is saved at once
 * because the old refresh token is spent.
 */
public final class SessionTokens implements AccessTokens {

    /** Renew a little early: a token that expires in flight costs a refused request and a retry. */
    static final Duration EARLY = Duration.ofSeconds(30);

    private final SessionStore store;
    private final String server;
    private final AuthApi auth;
    private final Clock clock;
    private SavedSession session;

    public SessionTokens(SessionStore store, String server, AuthApi auth, Clock clock) {
        this.store = store;
        this.server = server;
        this.auth = auth;
        this.clock = clock;
    }

    @Override
    public String current() {
        if (session == null) {
            session = store.load(server)
                    .orElseThrow(() -> ApiFailure.of(
                            ApiFailure.Kind.UNAUTHORIZED, "not logged in to " + server + "; run 'robson login'"));
        }
        if (!clock.instant().plus(EARLY).isBefore(session.accessExpiresAt())) {
            return renew(session.accessToken());
        }
        return session.accessToken();
    }

    @Override
    public String renew(String refused) {
        session = store.locked(() -> {
            SavedSession saved = store.load(server)
                    .orElseThrow(() -> ApiFailure.of(
                            ApiFailure.Kind.UNAUTHORIZED, "logged out of " + server + "; run 'robson login'"));
            Instant now = clock.instant();
            // Another robson process may have renewed while this one waited for the lock.
            if (!saved.accessToken().equals(refused) && now.plus(EARLY).isBefore(saved.accessExpiresAt())) {
                return saved;
            }
            if (!now.isBefore(saved.refreshExpiresAt())) {
                throw ApiFailure.of(ApiFailure.Kind.UNAUTHORIZED, "your session has expired; run 'robson login'");
            }
            TokenGrant grant;
            try {
                grant = auth.refresh(saved.refreshToken()).value();
            } catch (ApiFailure refusal) {
                if (refusal.kind() == ApiFailure.Kind.UNAUTHORIZED) {
                    throw new ApiFailure(
                            ApiFailure.Kind.UNAUTHORIZED,
                            refusal.status(),
                            refusal.code(),
                            "your session has ended (" + refusal.detail() + "); run 'robson login'",
                            refusal.fieldErrors(),
                            null);
                }
                throw refusal;
            }
            SavedSession renewed = SavedSession.of(saved.username(), grant, now);
            store.save(server, renewed);
            return renewed;
        });
        return session.accessToken();
    }
}
