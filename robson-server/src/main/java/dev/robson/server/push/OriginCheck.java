package dev.robson.server.push;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * A browser page may open the stream only from the server's own origin or one listed in
 * {@code ROBSON_CORS_ORIGINS}: a WebSocket is not covered by CORS, so without this any site a
 * trader visits could open one (it would still need a token, but nothing should rest on that
 * alone). Clients that send no Origin (the CLI, scripts) are not browsers and pass.
 *
 * <p>The own origin is the Host the request came to; the scheme is not compared, since a TLS
 * proxy in front turns https into http, but the port is, with each scheme's default filled in.
 */
final class OriginCheck implements HandshakeInterceptor {

    private final Set<String> allowed;

    OriginCheck(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream()
                .map(String::trim)
                .filter(origin -> !origin.isEmpty())
                .map(origin -> origin.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        List<String> origins = request.getHeaders().get("Origin");
        if (origins == null || origins.isEmpty()) {
            return true;
        }
        if (origins.size() == 1
                && permitted(origins.getFirst(), request.getHeaders().getFirst("Host"))) {
            return true;
        }
        response.setStatusCode(HttpStatus.FORBIDDEN);
        return false;
    }

    boolean permitted(String origin, String host) {
        String normalized = origin.trim().toLowerCase(Locale.ROOT);
        if (allowed.contains(normalized)) {
            return true;
        }
        if (host == null || host.isBlank()) {
            return false;
        }
        URI originUri;
        try {
            originUri = URI.create(normalized);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        String scheme = originUri.getScheme();
        if (originUri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            return false;
        }
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        int originPort = originUri.getPort() < 0 ? defaultPort : originUri.getPort();
        URI hostUri;
        try {
            hostUri = URI.create("http://" + host.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        int hostPort = hostUri.getPort() < 0 ? defaultPort : hostUri.getPort();
        return originUri.getHost().equals(hostUri.getHost()) && originPort == hostPort;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception failure) {}
}
