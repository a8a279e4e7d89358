package dev.robson.server.auth;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Every access token Robson accepts, whoever issued it: its own, and an external OpenID Connect
 * issuer's when one is configured. The token's (unverified) issuer claim only picks the verifier,
 * so neither can vouch for the other's tokens; each verifier refuses disabled users. REST
 * requests and the push stream decode with this one chain, so the stream accepts exactly the
 * tokens the API accepts.
 */
public final class AccessTokens implements JwtDecoder {

    private final JwtDecoder own;
    private final @Nullable String externalIssuer;
    private final @Nullable JwtDecoder external;

    AccessTokens(JwtDecoder own, @Nullable String externalIssuer, @Nullable JwtDecoder external) {
        this.own = own;
        this.externalIssuer = externalIssuer;
        this.external = external;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (external != null && externalIssuer != null && externalIssuer.equals(issuer(token))) {
            return external.decode(token);
        }
        return own.decode(token);
    }

    private static @Nullable String issuer(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException malformed) {
            throw new BadJwtException("The token is not a JWT");
        }
    }
}
