package dev.robson.cli.api;

/** What login and refresh answer: a short-lived access token and the refresh token that renews it. */
public record TokenGrant(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn) {

    @Override
    public String toString() {
        return "TokenGrant[expiresIn=" + expiresIn + ", refreshExpiresIn=" + refreshExpiresIn + "]";
    }
}
