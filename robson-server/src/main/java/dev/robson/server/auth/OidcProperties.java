package dev.robson.server.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An external OpenID Connect issuer whose access tokens Robson also accepts.
 *
 * @param issuerUri     the issuer ({@code ROBSON_OIDC_ISSUER_URI}); blank disables it
 * @param tenantIdClaim the claim that names the tenant: its numeric id or its name
 */
@ConfigurationProperties("robson.auth.oidc")
record OidcProperties(String issuerUri, String tenantIdClaim) {

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
