package dev.robson.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.RobsonApplication;
import dev.robson.server.exchange.Eventually;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.PostgresDatabase;
import dev.robson.server.support.TestTokens;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * At least once across a restart, on PostgreSQL: an alert the receiver refused (500) while one
 * server ran is delivered by the next server on the same database, with the same key, and the
 * receiver counts it once.
 */
class AlertsRestartOnPostgresTest {

    private static final Duration SOON = Duration.ofSeconds(20);

    @Test
    void whenTheServerRestartsBetweenAttemptsThenTheAlertIsDeliveredOnceWithTheSameKey() throws Exception {
        String schema =
                "robson_alerts_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (AlertReceiver receiver = new AlertReceiver()) {
            receiver.answer(500);
            long targetId;
            try (ConfigurableApplicationContext first = server(schema)) {
                ApiClient api = new ApiClient(port(first));
                String token = api.login("demo", "robson-demo");
                ApiClient.Reply created = api.post(
                        "/api/alerts/targets/",
                        "{\"kind\":\"webhook\",\"url\":\"" + receiver.url("/robson") + "\",\"events\":[\"CLOSED\"]}",
                        token);
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                targetId = created.json().path("id").asLong();
                assertThat(api.post("/api/operations/1/close/", "{}", token).status())
                        .isEqualTo(200);
                Eventually.within(
                        SOON, "a refused attempt", () -> !receiver.received().isEmpty());
            }
            int refusedAttempts = receiver.received().size();
            receiver.answer(200);
            try (ConfigurableApplicationContext second = server(schema)) {
                Eventually.within(
                        SOON,
                        "the alert delivered after the restart",
                        () -> receiver.handledKeys().size() == 1);
                ApiClient api = new ApiClient(port(second));
                String token = api.login("demo", "robson-demo");
                Eventually.within(
                        SOON,
                        "the log says delivered",
                        () -> "DELIVERED"
                                .equals(log(api, token, targetId)
                                        .get(0)
                                        .path("status")
                                        .asString()));
                JsonNode logged = log(api, token, targetId).get(0);
                assertThat(logged.path("attempts").asInt()).isGreaterThan(refusedAttempts - 1);
                assertThat(log(api, token, targetId)).hasSize(1);
            }
            List<AlertReceiver.Received> all = receiver.received();
            assertThat(all.size()).isGreaterThan(refusedAttempts);
            String key = all.getFirst().header("X-Robson-Delivery");
            assertThat(all)
                    .allSatisfy(attempt ->
                            assertThat(attempt.header("X-Robson-Delivery")).isEqualTo(key));
            assertThat(receiver.handledKeys()).containsExactly(key);
        } finally {
            try (Connection connection = DriverManager.getConnection(
                    PostgresDatabase.URL, PostgresDatabase.USER, PostgresDatabase.PASSWORD)) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static JsonNode log(ApiClient api, String token, long targetId) {
        return api.get("/api/alerts/targets/" + targetId + "/deliveries/", token)
                .json()
                .path("deliveries");
    }

    private static ConfigurableApplicationContext server(String schema) {
        String separator = PostgresDatabase.URL.contains("?") ? "&" : "?";
        return new SpringApplication(RobsonApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.profiles.active=demo",
                        "--spring.datasource.url=" + PostgresDatabase.URL + separator + "currentSchema=" + schema,
                        "--spring.datasource.username=" + PostgresDatabase.USER,
                        "--spring.datasource.password=" + PostgresDatabase.PASSWORD,
                        "--spring.flyway.schemas=" + schema,
                        "--spring.datasource.hikari.maximum-pool-size=3",
                        "--robson.data-dir=target/alerts-restart-" + schema,
                        "--robson.market=simulated",
                        "--robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                        "--robson.alerts.allow-private-networks=true",
                        "--robson.alerts.retry-base=200ms",
                        "--robson.alerts.poll-every=50ms",
                        // A replica that died holding a claim: the next takes it after this.
                        "--robson.alerts.claim-lease=2s",
                        "--robson.auth.secret=" + TestTokens.SECRET,
                        "--robson.auth.password-hash-strength=4",
                        "--robson.monitor.enabled=false",
                        "--logging.level.root=WARN");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
