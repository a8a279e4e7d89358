package dev.robson.server.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Mints the short-lived access JWTs: who ({@code sub}), for which tenant ({@code tenant_id}). */
@Component
class AccessTokenIssuer {

    static final String TENANT_ID_CLAIM = "tenant_id";

    private final JwtEncoder encoder;
    private final AuthProperties auth;
    private final Clock clock;

    AccessTokenIssuer(JwtEncoder encoder, AuthProperties auth, Clock clock) {
        this.encoder = encoder;
        this.auth = auth;
        this.clock = clock;
    }

    String mint(UserAccount user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(auth.issuer())
                .subject(user.username())
                .claim(TENANT_ID_CLAIM, user.tenantId())
                .issuedAt(now)
                .expiresAt(now.plus(auth.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    long lifetimeSeconds() {
        return auth.accessTokenTtl().toSeconds();
    }
}
