package dev.robson.server.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Verifies tokens of an external OpenID Connect issuer (keys from its discovery document,
 * fetched on first use so Robson starts while the issuer is down) and translates its tenant
 * claim into Robson's {@code tenant_id}. A token naming no known tenant is refused.
 */
final class ExternalIssuer {

    private ExternalIssuer() {}

    static JwtDecoder decoder(OidcProperties oidc, UserAccountRepository users) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
            MappedJwtClaimSetConverter standard = MappedJwtClaimSetConverter.withDefaults(Map.of());
            decoder.setClaimSetConverter(claims -> {
                Map<String, Object> converted = new HashMap<>(standard.convert(claims));
                // Only the configured claim names the tenant; a stray tenant_id is not trusted.
                converted.remove(AccessTokenIssuer.TENANT_ID_CLAIM);
                resolveTenant(claims.get(oidc.tenantIdClaim()), users)
                        .ifPresent(tenantId -> converted.put(AccessTokenIssuer.TENANT_ID_CLAIM, tenantId));
                return converted;
            });
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(oidc.issuerUri()),
                    new JwtClaimValidator<>(AccessTokenIssuer.TENANT_ID_CLAIM, Objects::nonNull)));
            return decoder;
        });
    }

    /** The issuer's tenant claim, a numeric id or a tenant name, as one of our tenant ids. */
    static Optional<Long> resolveTenant(Object value, UserAccountRepository users) {
        return switch (value) {
            case Number number ->
                users.tenantExists(number.longValue()) ? Optional.of(number.longValue()) : Optional.empty();
            case String text when text.matches("\\d{1,18}") -> resolveTenant(Long.valueOf(text), users);
            case String name -> users.findTenantId(name);
            case null, default -> Optional.empty();
        };
    }
}
