package dev.robson.server.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A private schema in the real PostgreSQL for one test class ({@link OnPostgres}), dropped afterwards.
 * ROBSON_TEST_DATABASE_URL (default jdbc:postgresql://127.0.0.1:5432/test) and
 * ROBSON_TEST_DATABASE_USER (default postgres) / ROBSON_TEST_DATABASE_PASSWORD point it elsewhere.
 */
public final class PostgresDatabase {

    public static final String URL = env("ROBSON_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("ROBSON_TEST_DATABASE_USER", "postgres");
    public static final String PASSWORD = env("ROBSON_TEST_DATABASE_PASSWORD", "");

    private final String schema =
            "robson_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static final Map<Class<?>, PostgresDatabase> BY_TEST_CLASS = new ConcurrentHashMap<>();

    private PostgresDatabase() {}

    /** The schema of one test class ({@link OnPostgres}): the same for every call with that class. */
    public static PostgresDatabase of(Class<?> testClass) {
        return BY_TEST_CLASS.computeIfAbsent(testClass, unused -> new PostgresDatabase());
    }

    /** The server's datasource and Flyway, pointed at this schema. */
    public Map<String, Object> properties() {
        String separator = URL.contains("?") ? "&" : "?";
        return Map.of(
                "spring.datasource.url", URL + separator + "currentSchema=" + schema,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "spring.flyway.schemas", schema);
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
