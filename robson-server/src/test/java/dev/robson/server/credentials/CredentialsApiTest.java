package dev.robson.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Exchange keys go in, are kept encrypted, and never come back out through the API. */
@ApiTest
@TestPropertySource(properties = "robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
class CredentialsApiTest extends ApiFixture {

    private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";

    @Autowired
    CredentialVault vault;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        signIn("keys");
    }

    @Test
    void whenStoringAKeyThenOnlyAHintComesBackAndTheDatabaseHoldsCiphertext() {
        var reply = api.patchOrPut(
                "PUT",
                "/api/account/api-key/",
                "{\"type\":\"HMAC\",\"api_key\":\"" + API_KEY + "\",\"secret\":\"" + SECRET + "\"}",
                token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain(SECRET).doesNotContain(API_KEY);
        JsonNode description = reply.json();
        assertThat(description.get("configured").asBoolean()).isTrue();
        assertThat(description.get("api_key_hint").asString()).isEqualTo("…" + API_KEY.substring(API_KEY.length() - 4));
        String stored = jdbc.sql(
                        "SELECT api_key_encrypted || secret_encrypted FROM exchange_credentials WHERE tenant_id = :id")
                .param("id", trader.tenantId())
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(SECRET).doesNotContain(API_KEY).startsWith("v1:");
        assertThat(vault.load(trader.tenantId())).hasValueSatisfying(loaded -> {
            assertThat(loaded.secret()).isEqualTo(SECRET);
            assertThat(loaded.toString()).doesNotContain(SECRET).doesNotContain(API_KEY);
        });
        assertThat(api.get("/api/account/api-key/", token).body()).doesNotContain(SECRET);
    }

    @Test
    void whenACiphertextIsCopiedToAnotherTenantThenItDoesNotDecrypt() {
        api.patchOrPut(
                "PUT",
                "/api/account/api-key/",
                "{\"type\":\"HMAC\",\"api_key\":\"" + API_KEY + "\",\"secret\":\"" + SECRET + "\"}",
                token);
        var thief = tenants.newTrader("thief");
        jdbc.sql("""
                INSERT INTO exchange_credentials (tenant_id, key_type, api_key_encrypted, secret_encrypted, api_key_hint, updated_at)
                SELECT :thief, key_type, api_key_encrypted, secret_encrypted, api_key_hint, updated_at
                FROM exchange_credentials WHERE tenant_id = :owner""")
                .param("thief", thief.tenantId())
                .param("owner", trader.tenantId())
                .update();

        assertThatThrownBy(() -> vault.load(thief.tenantId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void whenRemovingTheKeyThenItIsNoLongerConfigured() {
        api.patchOrPut(
                "PUT",
                "/api/account/api-key/",
                "{\"type\":\"HMAC\",\"api_key\":\"" + API_KEY + "\",\"secret\":\"" + SECRET + "\"}",
                token);

        assertThat(api.delete("/api/account/api-key/", token).status()).isEqualTo(204);

        assertThat(api.get("/api/account/api-key/", token)
                        .json()
                        .get("configured")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void whenTheRequestIsBadThen400AndNothingIsStored() {
        var reply = api.patchOrPut(
                "PUT", "/api/account/api-key/", "{\"type\":\"RSA\",\"api_key\":\"x\",\"secret\":\"y\"}", token);
        var injected = api.patchOrPut(
                "PUT",
                "/api/account/api-key/",
                "{\"type\":\"HMAC\",\"api_key\":\"abc'; DROP TABLE users;--\",\"secret\":\"y\"}",
                token);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(injected.status()).isEqualTo(400);
        assertThat(api.get("/api/account/api-key/", token)
                        .json()
                        .get("configured")
                        .asBoolean())
                .isFalse();
    }
}
