package dev.robson.server.events;

import dev.robson.server.support.ApiTest;
import dev.robson.server.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Outbox claims on the real PostgreSQL production uses. A small pool, closed after the class:
 * the suite's other PostgreSQL contexts stay cached and the server's connection slots are shared.
 */
@ApiTest
@DirtiesContext
class OutboxClaimOnPostgresTest extends OutboxClaimContract {

    static final PostgresDatabase DATABASE = new PostgresDatabase();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        DATABASE.drop();
    }
}
