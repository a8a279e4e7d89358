package dev.robson.server.auth;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code /api/} endpoint but the session ones needs a valid access token. The API is
 * stateless: no HTTP session, no cookie authentication, so CSRF protection has nothing to guard.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, JsonMapper json, AccessTokens tokens, CorsProperties crossOrigin)
            throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(json);
        AccessDeniedHandler denied = (request, response, failure) ->
                entryPoint.commence(request, response, new InsufficientAuthenticationException("denied"));
        http
                // No cross-origin caller is trusted unless configured (ROBSON_CORS_ORIGINS).
                .cors(cors -> cors.configurationSource(corsSources(crossOrigin.allowedOrigins())))
                .headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.POST, "/api/auth/token", "/api/auth/refresh", "/api/auth/logout")
                        .permitAll()
                        // The push stream authenticates with its first message (dev.robson.server.push).
                        .requestMatchers(HttpMethod.GET, "/api/stream")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(resource -> {
                    // The same chain the push stream decodes with: ours, and the OIDC issuer's if configured.
                    resource.jwt(jwt -> jwt.decoder(tokens));
                    resource.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied);
                })
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint));
        return http.build();
    }

    /**
     * Spring Security would otherwise wrap each of its filters, the authentication and the
     * authorization in an observation on every request: measured, that was a third of the CPU of
     * a cached price request, and with the observations merely disabled by a property the wrappers
     * still ran. The request's own timing (http.server.requests) is kept.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    private static CorsConfigurationSource corsSources(List<String> allowedOrigins) {
        var sources = new UrlBasedCorsConfigurationSource();
        List<String> origins =
                allowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
        if (!origins.isEmpty()) {
            var cors = new CorsConfiguration();
            cors.setAllowedOrigins(origins);
            cors.setAllowedMethods(List.of("GET", "POST", "PATCH", "PUT", "DELETE"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id"));
            cors.setExposedHeaders(List.of("Retry-After", "X-Request-Id"));
            cors.setAllowCredentials(true);
            sources.registerCorsConfiguration("/api/**", cors);
        }
        return sources;
    }

    @Bean
    WebMvcConfigurer tenantResolution() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new TenantArgumentResolver());
            }
        };
    }
}
