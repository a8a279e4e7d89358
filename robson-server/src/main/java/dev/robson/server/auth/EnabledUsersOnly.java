package dev.robson.server.auth;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Our own access tokens, refused once their user is disabled. Checked after the verified-token
 * cache on every request, so a cached token is refused too.
 */
final class EnabledUsersOnly implements JwtDecoder {

    private final JwtDecoder verified;
    private final DisabledUsers disabled;

    EnabledUsersOnly(JwtDecoder verified, DisabledUsers disabled) {
        this.verified = verified;
        this.disabled = disabled;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.decode(token);
        Object tenant = jwt.getClaims().get(AccessTokenIssuer.TENANT_ID_CLAIM);
        if (tenant instanceof Number tenantId && disabled.includes(tenantId.longValue(), jwt.getSubject())) {
            throw new BadJwtException("The user has been disabled");
        }
        return jwt;
    }
}
