package dev.robson.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** With the database gone, callers are told to retry (503 + Retry-After), never shown a 500. */
@ApiTest
@DirtiesContext
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:robson-outage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class DatabaseOutageTest extends ApiFixture {

    @Autowired
    HikariDataSource database;

    @Test
    void whenTheDatabaseIsUnreachableThenRequestsAnswer503WithRetryAfter() {
        signIn("outage");
        assertThat(api.get("/api/operations/", token).status()).isEqualTo(200);

        database.close();

        var reply = api.get("/api/operations/", token);
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asString()).isEqualTo("database_unavailable");
        assertThat(reply.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(reply.body()).doesNotContain("jdbc").doesNotContain("Hikari");
    }
}
