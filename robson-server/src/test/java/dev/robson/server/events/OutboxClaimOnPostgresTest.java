package dev.robson.server.events;

import dev.robson.server.support.ApiTest;
import dev.robson.server.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Outbox claims on the real PostgreSQL production uses. */
@ApiTest
class OutboxClaimOnPostgresTest extends OutboxClaimContract {

    static final PostgresDatabase DATABASE = new PostgresDatabase();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        DATABASE.drop();
    }
}
