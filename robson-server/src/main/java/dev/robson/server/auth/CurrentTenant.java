package dev.robson.server.auth;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The tenant of the request being served, from its verified access token's {@code tenant_id}. */
public final class CurrentTenant {

    private CurrentTenant() {}

    public static Optional<Tenant> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            Object claim = jwt.getClaims().get(AccessTokenIssuer.TENANT_ID_CLAIM);
            Long tenantId = switch (claim) {
                case Number number -> number.longValue();
                case String text when text.matches("\\d{1,18}") -> Long.valueOf(text);
                case null, default -> null;
            };
            if (tenantId != null) {
                return Optional.of(new Tenant(tenantId, jwt.getSubject()));
            }
        }
        return Optional.empty();
    }
}
