package dev.robson.server.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code MANAGEMENT_SERVER_PORT} set, metrics and probes leave the public port: a
 * deployment exposes 8080 to traders and keeps the management port inside its network.
 */
@ApiTest
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void whenAManagementPortIsSetThenMetricsAndProbesAnswerThereAndNotOnThePublicPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);

        assertThat(get(managementPort, "/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode())
                .isEqualTo(200);

        HttpResponse<String> publicMetrics = get(port, "/actuator/prometheus");
        assertThat(publicMetrics.statusCode()).isEqualTo(404);
        assertThat(publicMetrics.body()).doesNotContain("jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
