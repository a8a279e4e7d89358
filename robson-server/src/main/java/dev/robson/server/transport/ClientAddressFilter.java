package dev.robson.server.transport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes {@code getRemoteAddr()} the client's address and {@code isSecure()} true for HTTPS,
 * also behind a proxy, but only when that proxy is trusted. Everything downstream (the
 * login throttle, the Secure cookie, HSTS) reads these two and never a header itself.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClientAddressFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    public ClientAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String peer = request.getRemoteAddr();
        if (!proxies.trusts(peer)) {
            chain.doFilter(request, response);
            return;
        }
        List<String> forwardedFor = Collections.list(request.getHeaders("X-Forwarded-For"));
        String client = proxies.clientBehind(peer, forwardedFor);
        String proto = lastValue(request.getHeader("X-Forwarded-Proto"));
        boolean secure = proto == null ? request.isSecure() : "https".equals(proto.toLowerCase(Locale.ROOT));
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getRemoteAddr() {
                        return client;
                    }

                    @Override
                    public String getRemoteHost() {
                        return client;
                    }

                    @Override
                    public boolean isSecure() {
                        return secure;
                    }

                    @Override
                    public String getScheme() {
                        return secure ? "https" : "http";
                    }
                },
                response);
    }

    /** Each proxy appends its hop; ours wrote the last one. */
    private static String lastValue(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] values = header.split(",");
        return values[values.length - 1].trim();
    }
}
