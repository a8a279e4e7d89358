package dev.robson.server.paper;

import dev.robson.server.planning.PlanningTest;
import dev.robson.server.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Paper reports across a restart on PostgreSQL: its migration, its identity column, its SQL. */
@PlanningTest
class PaperReportsAfterRestartOnPostgresTest extends PaperReportsAfterRestartContract {

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
