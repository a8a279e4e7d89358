package dev.robson.server.planning;

import dev.robson.server.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The plan flow on the real PostgreSQL production uses: its migration, its row lock, its SQL. */
@PlanningTest
class PlanFlowOnPostgresTest extends PlanFlowContract {

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
