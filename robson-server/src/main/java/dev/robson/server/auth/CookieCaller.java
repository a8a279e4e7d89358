package dev.robson.server.auth;

import dev.robson.server.problem.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Who may use the refresh cookie: the dashboard itself. The cookie is {@code SameSite=Strict},
 * which stops other sites, but a page on another port of the same host is the same site and
 * its browser sends the cookie along. So a cookie-carried refresh or logout must also carry
 * {@value #HEADER}: a custom header that a cross-origin page cannot add without a CORS preflight,
 * which Robson refuses unless the origin is configured. When the browser names the page's origin,
 * it must be this server's own (by host and port) or a configured one.
 */
final class CookieCaller {

    static final String HEADER = "X-Requested-With";
    static final String VALUE = "robson-web";

    private CookieCaller() {}

    static void require(HttpServletRequest request, List<String> allowedOrigins) {
        if (!VALUE.equals(request.getHeader(HEADER))) {
            throw refused(
                    "A refresh or logout with the session cookie needs the header " + HEADER + ": " + VALUE + ".");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !ownOrigin(origin, request.getHeader("Host")) && !allowedOrigins.contains(origin)) {
            throw refused("The session cookie is not accepted from the page at another origin.");
        }
    }

    /** Host and port only: a TLS-terminating proxy changes the scheme the server sees, not the host. */
    private static boolean ownOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI page = URI.create(origin);
            if (page.getHost() == null) {
                return false;
            }
            String authority = page.getPort() < 0 ? page.getHost() : page.getHost() + ":" + page.getPort();
            return authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static ApiProblem refused(String detail) {
        return ApiProblem.forbidden("cookie_caller_refused", detail);
    }
}
