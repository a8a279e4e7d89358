package dev.robson.server.auth;

import dev.robson.server.problem.ApiProblem;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads the tenant from the verified access token's {@code client_id} claim. */
class TenantArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Tenant.class);
    }

    @Override
    public Tenant resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            Object claim = jwt.getClaims().get(AccessTokens.CLIENT_ID_CLAIM);
            Long clientId = switch (claim) {
                case Number number -> number.longValue();
                case String text when text.matches("\\d{1,18}") -> Long.valueOf(text);
                case null, default -> null;
            };
            if (clientId != null) {
                return new Tenant(clientId, jwt.getSubject());
            }
        }
        throw ApiProblem.unauthorized("invalid_token", "The access token names no tenant.");
    }
}
