package dev.robson.server.auth;

/**
 * Whether a bearer token is a JWS in its one canonical compact form: three dot-separated
 * base64url parts without padding, each with its unused low bits zero, at most
 * {@value #MAX_LENGTH} characters. Decoders forgive {@code =} padding, stray characters and
 * set spare bits, so without this check one signed token has thousands of spellings that all
 * verify, and each would be checked (and remembered) anew.
 */
final class CanonicalToken {

    /** Robson's tokens are about 300 characters; an external issuer's rarely pass 2 KB. */
    static final int MAX_LENGTH = 4096;

    private CanonicalToken() {}

    static boolean is(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return false;
        }
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || token.indexOf('.', second + 1) >= 0) {
            return false;
        }
        return canonicalPart(token, 0, first)
                && canonicalPart(token, first + 1, second)
                && canonicalPart(token, second + 1, token.length());
    }

    /** A base64url part as an encoder writes it: no padding, and no bits beyond the last byte. */
    private static boolean canonicalPart(String token, int from, int to) {
        int length = to - from;
        if (length == 0 || length % 4 == 1) {
            return false;
        }
        int last = 0;
        for (int i = from; i < to; i++) {
            last = sextet(token.charAt(i));
            if (last < 0) {
                return false;
            }
        }
        // 2 characters carry 1 byte (4 spare bits), 3 carry 2 bytes (2 spare bits).
        return switch (length % 4) {
            case 2 -> (last & 0b1111) == 0;
            case 3 -> (last & 0b11) == 0;
            default -> true;
        };
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '-') {
            return 62;
        }
        return c == '_' ? 63 : -1;
    }
}
