package dev.robson.server.credentials;

import dev.robson.server.config.RobsonProperties;
import dev.robson.server.problem.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tenants' exchange credentials, encrypted before they are written and decrypted only for
 * the exchange client. Nothing here returns a secret to a web caller: {@link #describe}
 * gives the type, a hint and the date.
 */
@Repository
public class CredentialVault {

    private final JdbcClient jdbc;
    private final Optional<SecretBox> box;
    private final Clock clock;

    CredentialVault(JdbcClient jdbc, RobsonProperties robson, Clock clock) {
        this.jdbc = jdbc;
        this.box = MasterKey.resolve(robson.masterKey(), robson.demo(), !robson.paperTrading(), robson.dataDir())
                .map(SecretBox::new);
        this.clock = clock;
    }

    public record Description(
            boolean configured,
            @Nullable String type,
            @Nullable String apiKeyHint,
            @Nullable Instant updatedAt) {}

    public void store(long tenantId, ExchangeCredentials credentials) {
        SecretBox sealer = requireBox();
        // The same sealed row for the update and, when the tenant had none, the insert.
        Map<String, Object> row = Map.of(
                "tenantId", tenantId,
                "type", credentials.type().name(),
                "apiKey", sealer.seal(credentials.apiKey(), tenantId),
                "secret", sealer.seal(credentials.secret(), tenantId),
                "hint", credentials.hint(),
                "now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        int updated = jdbc.sql("""
                UPDATE exchange_credentials SET key_type = :type, api_key_encrypted = :apiKey,
                       secret_encrypted = :secret, api_key_hint = :hint, updated_at = :now
                WHERE tenant_id = :tenantId""").params(row).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO exchange_credentials (tenant_id, key_type, api_key_encrypted, secret_encrypted,
                                                      api_key_hint, updated_at)
                    VALUES (:tenantId, :type, :apiKey, :secret, :hint, :now)""").params(row).update();
        }
    }

    public Optional<ExchangeCredentials> load(long tenantId) {
        return jdbc.sql("""
                SELECT key_type, api_key_encrypted, secret_encrypted FROM exchange_credentials
                WHERE tenant_id = :tenantId""")
                .param("tenantId", tenantId)
                .query((rs, n) -> new ExchangeCredentials(
                        ExchangeCredentials.KeyType.valueOf(rs.getString("key_type")),
                        requireBox().open(rs.getString("api_key_encrypted"), tenantId),
                        requireBox().open(rs.getString("secret_encrypted"), tenantId)))
                .optional();
    }

    public Description describe(long tenantId) {
        return jdbc.sql("""
                SELECT key_type, api_key_hint, updated_at FROM exchange_credentials WHERE tenant_id = :tenantId""")
                .param("tenantId", tenantId)
                .query((rs, n) -> new Description(
                        true,
                        rs.getString("key_type"),
                        rs.getString("api_key_hint"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional()
                .orElse(new Description(false, null, null, null));
    }

    public boolean remove(long tenantId) {
        return jdbc.sql("DELETE FROM exchange_credentials WHERE tenant_id = :tenantId")
                        .param("tenantId", tenantId)
                        .update()
                > 0;
    }

    private SecretBox requireBox() {
        return box.orElseThrow(() -> new ApiProblem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "credentials_unavailable",
                "This server has no ROBSON_MASTER_KEY, so it cannot keep exchange keys."));
    }
}
