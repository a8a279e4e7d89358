package dev.robson.server.push;

import dev.robson.server.auth.CurrentTenant;
import dev.robson.server.auth.Tenant;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Verifies an access token sent on the stream with the same decoder chain as every request
 * ({@link dev.robson.server.auth.AccessTokens}: Robson's own tokens and an OpenID Connect
 * issuer's; signature, issuer, lifetime, tenant claim, disabled users) and reads its tenant the
 * way a request's is read, so the stream accepts exactly the tokens the API accepts.
 */
final class TokenCheck {

    private final JwtDecoder decoder;

    TokenCheck(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    record Verified(Tenant tenant, Instant expiresAt) {}

    Optional<Verified> verify(String token) {
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException | IllegalArgumentException refused) {
            return Optional.empty();
        }
        if (jwt.getExpiresAt() == null) {
            return Optional.empty();
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new JwtAuthenticationToken(jwt));
        SecurityContextHolder.setContext(context);
        try {
            return CurrentTenant.get().map(tenant -> new Verified(tenant, jwt.getExpiresAt()));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
