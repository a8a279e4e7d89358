package dev.robson.server.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.OpenApiDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document must equal the checked-in {@code docs/openapi.json}: an API
 * change then shows in review, and the CLI and web read the same contract. After a deliberate
 * change, regenerate it with {@code ROBSON_UPDATE_OPENAPI=true make test}.
 */
@ApiTest
// Served outside the demo only when enabled (ROBSON_API_DOCS=true), as here.
@TestPropertySource(properties = {"springdoc.api-docs.enabled=true", "springdoc.swagger-ui.enabled=true"})
class OpenApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void whenTheDocumentIsServedThenItDescribesTheApiAndMatchesTheCheckedInCopy() throws Exception {
        var api = new ApiClient(port);
        var reply = api.get("/v3/api-docs", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode served = reply.json();
        assertThat(served.get("paths").propertyNames())
                .contains(
                        "/api/portfolio/positions/",
                        "/api/market/price/{symbol}/",
                        "/api/historical-data/",
                        "/api/auth/token",
                        "/api/operations/",
                        "/api/account/summary/");
        assertThat(served.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");

        Path checkedIn = OpenApiDocument.checkedInPath();
        if ("true".equals(System.getenv("ROBSON_UPDATE_OPENAPI"))) {
            Files.writeString(checkedIn, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        }
        assertThat(served)
                .as("docs/openapi.json is out of date: regenerate with ROBSON_UPDATE_OPENAPI=true")
                .isEqualTo(JSON.readTree(Files.readString(checkedIn)));
    }

    @Test
    void whenOpeningTheSwaggerUiThenItIsServed() {
        var reply = new ApiClient(port).get("/swagger-ui/index.html", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("swagger");
    }
}
