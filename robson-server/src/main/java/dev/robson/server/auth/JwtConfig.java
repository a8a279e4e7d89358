package dev.robson.server.auth;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.robson.server.config.RobsonProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@Configuration(proxyBeanMethods = false)
class JwtConfig {

    /** Clocks of replicas drift a little; an expired token must still be refused promptly. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    @Bean
    SecretKey jwtSigningKey(AuthProperties auth, RobsonProperties robson) {
        return SigningKey.resolve(auth, robson);
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtSigningKey));
    }

    /**
     * Accepts only HS256 tokens signed with our key ({@code alg: none} and other algorithms
     * fail to verify), from our issuer, within their lifetime, naming a tenant.
     */
    @Bean
    VerifiedTokenCache verifiedTokenCache(SecretKey jwtSigningKey, AuthProperties auth, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtSigningKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(auth.issuer()),
                new JwtClaimValidator<>(AccessTokenIssuer.TENANT_ID_CLAIM, Objects::nonNull),
                new JwtClaimValidator<>("exp", Objects::nonNull)));
        return new VerifiedTokenCache(decoder, clock);
    }

    /** Our tokens as every request sees them: verified (or remembered as verified), and of an enabled user. */
    @Bean
    @Primary
    JwtDecoder jwtDecoder(VerifiedTokenCache verifiedTokenCache, DisabledUsers disabledUsers) {
        return new EnabledUsersOnly(verifiedTokenCache, disabledUsers);
    }

    /**
     * Our tokens and, when {@code ROBSON_OIDC_ISSUER_URI} is set, the external issuer's, each
     * refused once its user is disabled: what REST requests and the push stream both decode with.
     */
    @Bean
    AccessTokens accessTokens(
            JwtDecoder jwtDecoder, OidcProperties oidc, UserAccountRepository users, DisabledUsers disabledUsers) {
        if (!oidc.enabled()) {
            return new AccessTokens(jwtDecoder, null, null);
        }
        return new AccessTokens(
                jwtDecoder, oidc.issuerUri(), new EnabledUsersOnly(ExternalIssuer.decoder(oidc, users), disabledUsers));
    }
}
