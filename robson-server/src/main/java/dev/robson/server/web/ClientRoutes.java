package dev.robson.server.web;

import java.util.Locale;

/**
 * Which request paths belong to the dashboard's own router: those fall back to
 * {@code index.html} when no file matches. The API, the actuator, the hashed assets and
 * anything that names a file keep their honest 404, so a missing script is never answered with
 * HTML and an unknown API path stays a problem+json error.
 */
final class ClientRoutes {

    private static final String[] SERVER_PREFIXES = {"api", "actuator", "assets", "error"};

    private ClientRoutes() {}

    /** {@code path} is relative to the site root, without its leading slash, as resource handlers see it. */
    static boolean isClientRoute(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        String first = trimmed.contains("/") ? trimmed.substring(0, trimmed.indexOf('/')) : trimmed;
        for (String prefix : SERVER_PREFIXES) {
            if (first.toLowerCase(Locale.ROOT).equals(prefix)) {
                return false;
            }
        }
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    /** Paths whose responses are pages or their assets, as opposed to API or actuator answers. */
    static boolean isPageOrAsset(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return !(trimmed.equals("api")
                || trimmed.startsWith("api/")
                || trimmed.equals("actuator")
                || trimmed.startsWith("actuator/"));
    }
}
