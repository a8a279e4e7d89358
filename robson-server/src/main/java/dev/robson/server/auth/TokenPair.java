package dev.robson.server.auth;

/** What a successful login or refresh answers; field names follow OAuth 2's token response. */
record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {

    @Override
    public String toString() {
        return "TokenPair[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
