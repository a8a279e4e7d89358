package dev.robson.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Refresh tokens, kept only as SHA-256 digests. Each login starts a family; each refresh
 * rotates the token within it, so a stolen token that is used after its owner refreshed
 * reveals itself, and the whole family is revoked.
 */
@Repository
class RefreshTokenRepository {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the database knows about a presented token. */
    record StoredToken(long userId, String familyId, Instant expiresAt, boolean rotated, boolean revoked) {}

    static String newTokenValue() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    void store(String token, UserAccount user, String familyId, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO refresh_tokens (user_id, tenant_id, family_id, token_hash, issued_at, expires_at)
                VALUES (:userId, :tenantId, :familyId, :hash, :issuedAt, :expiresAt)""")
                .param("userId", user.id())
                .param("tenantId", user.tenantId())
                .param("familyId", familyId)
                .param("hash", digest(token))
                .param("issuedAt", utc(issuedAt))
                .param("expiresAt", utc(expiresAt))
                .update();
    }

    /**
     * Marks the token used, only if it is still current. One conditional update, so two
     * concurrent refreshes with the same token cannot both succeed.
     */
    boolean rotate(String token, Instant now) {
        return jdbc.sql("""
                UPDATE refresh_tokens SET rotated_at = :now
                WHERE token_hash = :hash AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > :now""").param("now", utc(now)).param("hash", digest(token)).update() == 1;
    }

    Optional<StoredToken> find(String token) {
        return jdbc.sql("""
                SELECT user_id, family_id, expires_at, rotated_at, revoked_at
                FROM refresh_tokens WHERE token_hash = :hash""")
                .param("hash", digest(token))
                .query((rs, n) -> new StoredToken(
                        rs.getLong("user_id"),
                        rs.getString("family_id"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("rotated_at") != null,
                        rs.getObject("revoked_at") != null))
                .optional();
    }

    void revokeFamily(String familyId, Instant now) {
        jdbc.sql("UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL")
                .param("now", utc(now))
                .param("familyId", familyId)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String digest(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM ships SHA-256", impossible);
        }
    }
}
