package dev.robson.cli.api;

import java.time.Instant;

/**
 * A login kept on disk for one server. Expiry times are absolute (the server's
 * {@code expires_in} added to the local clock at receipt) so a later run can tell whether
 * the access token is still good without asking.
 */
public record SavedSession(
        String username, String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt) {

    public static SavedSession of(String username, TokenGrant grant, Instant receivedAt) {
        return new SavedSession(
                username,
                grant.accessToken(),
                receivedAt.plusSeconds(grant.expiresIn()),
                grant.refreshToken(),
                receivedAt.plusSeconds(grant.refreshExpiresIn()));
    }

    @Override
    public String toString() {
        return "SavedSession[username=" + username + ", accessExpiresAt=" + accessExpiresAt + "]";
    }
}
