package dev.robson.server.auth;

import dev.robson.server.problem.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions. Every answer that issues tokens also sets the refresh cookie, so the web app
 * never keeps a long-lived token where scripts can read it; the CLI uses the body.
 */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final SessionService sessions;
    private final CorsProperties crossOrigin;

    AuthController(SessionService sessions, CorsProperties crossOrigin) {
        this.sessions = sessions;
        this.crossOrigin = crossOrigin;
    }

    record LoginRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 256) String password) {
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + "]";
        }
    }

    /** The refresh token may come in the body (CLI) or in the cookie (browser). */
    record RefreshRequest(@Nullable @Size(max = 128) String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[]";
        }
    }

    @PostMapping("/token")
    ResponseEntity<TokenPair> login(@Valid @RequestBody LoginRequest login, HttpServletRequest request) {
        return withCookie(sessions.login(login.username(), login.password(), request.getRemoteAddr()), request);
    }

    @PostMapping("/refresh")
    ResponseEntity<TokenPair> refresh(
            @Valid @RequestBody(required = false) RefreshRequest refresh, HttpServletRequest request) {
        return withCookie(sessions.refresh(presented(refresh, request)), request);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> logout(
            @Valid @RequestBody(required = false) RefreshRequest refresh, HttpServletRequest request) {
        String token = refresh != null
                        && refresh.refreshToken() != null
                        && !refresh.refreshToken().isBlank()
                ? refresh.refreshToken()
                : fromCookie(request);
        if (token != null) {
            sessions.logout(token);
        }
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.clear(request.isSecure()))
                .build();
    }

    private String presented(RefreshRequest refresh, HttpServletRequest request) {
        if (refresh != null
                && refresh.refreshToken() != null
                && !refresh.refreshToken().isBlank()) {
            return refresh.refreshToken();
        }
        String cookie = fromCookie(request);
        if (cookie == null) {
            throw ApiProblem.unauthorized(
                    "invalid_refresh_token", "No refresh token: send it in the body or log in again.");
        }
        return cookie;
    }

    /** The cookie's refresh token, only for the dashboard's own calls (see {@link CookieCaller}). */
    private String fromCookie(HttpServletRequest request) {
        String token = RefreshCookie.read(request).orElse(null);
        if (token != null) {
            CookieCaller.require(request, crossOrigin.allowedOrigins());
        }
        return token;
    }

    private static ResponseEntity<TokenPair> withCookie(TokenPair tokens, HttpServletRequest request) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.SET_COOKIE,
                        RefreshCookie.issue(
                                tokens.refreshToken(),
                                Duration.ofSeconds(tokens.refreshExpiresIn()),
                                request.isSecure()))
                .body(tokens);
    }
}
