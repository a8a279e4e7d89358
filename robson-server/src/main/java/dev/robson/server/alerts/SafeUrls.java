package dev.robson.server.alerts;

import dev.robson.server.problem.ApiProblem;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The outgoing-request rules for URLs a tenant gives (server-side request forgery): http or
 * https only, a host and no credentials in the URL, at most 2,000 characters; and unless the
 * operator allows it, no address a tenant should not reach through the server: loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud
 * metadata service, fe80::/10), multicast, unspecified. The host is resolved at the check
 * and again at each send (a name that later resolves inward is refused then).
 */
final class SafeUrls {

    static final int MAX_LENGTH = 2000;

    private final boolean allowPrivate;

    SafeUrls(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL a tenant typed, checked; a 400 problem saying what is wrong otherwise. */
    URI checked(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ApiProblem.badRequest("invalid_url", field + " is required.");
        }
        if (text.length() > MAX_LENGTH) {
            throw ApiProblem.badRequest("invalid_url", field + " is at most " + MAX_LENGTH + " characters.");
        }
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException malformed) {
            throw ApiProblem.badRequest("invalid_url", field + " is not a URL.");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiProblem.badRequest("invalid_url", field + " must be an http:// or https:// URL.");
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            throw ApiProblem.badRequest("invalid_url", field + " needs a host and no user name or password.");
        }
        String refused = refusedAddress(url.getHost());
        if (refused != null) {
            throw ApiProblem.badRequest("invalid_url", field + " " + refused + ".");
        }
        return url;
    }

    /** Why the host may not be called now, or null when it may. */
    String refusedAddress(String host) {
        if (allowPrivate) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            return "names a host that does not resolve";
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress()
                    || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress()
                    || address.isMulticastAddress()
                    || uniqueLocal(address)) {
                return "points at a private or local network address, which alerts may not reach";
            }
        }
        return null;
    }

    private static boolean uniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
    }
}
