package dev.robson.server.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;

/**
 * The browser's refresh token: an HttpOnly, SameSite=Strict cookie scoped to the session
 * endpoints, so page scripts never read it and other sites never send it. The CLI passes
 * its refresh token in the body instead.
 */
final class RefreshCookie {

    static final String NAME = "robson_refresh";
    private static final String PATH = "/api/auth";

    private RefreshCookie() {}

    static String issue(String refreshToken, Duration lifetime, boolean secure) {
        return ResponseCookie.from(NAME, refreshToken)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Strict")
                .path(PATH)
                .maxAge(lifetime)
                .build()
                .toString();
    }

    static String clear(boolean secure) {
        return ResponseCookie.from(NAME, "")
                .httpOnly(true)
                .secure(secure)
                .sameSite("Strict")
                .path(PATH)
                .maxAge(Duration.ZERO)
                .build()
                .toString();
    }

    static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName())
                        && cookie.getValue() != null
                        && !cookie.getValue().isBlank())
                .map(Cookie::getValue)
                .findFirst();
    }
}
