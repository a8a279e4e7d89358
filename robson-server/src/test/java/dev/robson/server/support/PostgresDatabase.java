package dev.robson.server.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A private schema in the real PostgreSQL for one test class, dropped afterwards.
 * ROBSON_TEST_DATABASE_URL (default jdbc:postgresql://127.0.0.1:5432/test) and
 * ROBSON_TEST_DATABASE_USER (default postgres) / ROBSON_TEST_DATABASE_PASSWORD point it elsewhere.
 */
public final class PostgresDatabase {

    public static final String URL = env("ROBSON_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("ROBSON_TEST_DATABASE_USER", "postgres");
    public static final String PASSWORD = env("ROBSON_TEST_DATABASE_PASSWORD", "");

    private final String schema =
            "robson_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public void register(DynamicPropertyRegistry registry) {
        String separator = URL.contains("?") ? "&" : "?";
        registry.add("spring.datasource.url", () -> URL + separator + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> schema);
    }

    public void drop() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
