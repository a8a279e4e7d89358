package dev.robson.server.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.OpenApiDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI's tests replay recorded server answers; each must be an answer the OpenAPI document
 * allows, or the CLI is tested against an API that does not exist. (The web's fixtures are
 * checked the same way by its own test suite.)
 */
class ClientFixturesConformanceTest {

    /** Each CLI fixture and the answer it stands for. */
    private static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("account-balance.json", "GET /api/account/balance/"),
            Map.entry("account-summary.json", "GET /api/account/summary/"),
            Map.entry("display-rules.json", "GET /api/market/display-rules/"),
            Map.entry("operation-closed.json", "GET /api/operations/{id}/"),
            Map.entry("operation.json", "GET /api/operations/{id}/"),
            Map.entry("operations-active.json", "GET /api/operations/"),
            Map.entry("operations-closed.json", "GET /api/operations/"),
            Map.entry("positions-closing.json", "GET /api/portfolio/positions/"),
            Map.entry("positions-empty.json", "GET /api/portfolio/positions/"),
            Map.entry("positions-losing.json", "GET /api/portfolio/positions/"),
            Map.entry("positions.json", "GET /api/portfolio/positions/"),
            Map.entry("price.json", "GET /api/market/price/{symbol}/"),
            Map.entry("token-rotated.json", "POST /api/auth/refresh"),
            Map.entry("token.json", "POST /api/auth/token"));

    private static final OpenApiDocument CONTRACT = OpenApiDocument.checkedIn();

    static Stream<Path> fixtures() throws IOException {
        return Files.list(cliFixtures())
                .filter(file -> file.toString().endsWith(".json"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyCliFixtureIsAnAnswerTheDocumentAllows(Path fixture) throws IOException {
        String answer = ANSWERS.get(fixture.getFileName().toString());
        assertThat(answer)
                .as("which answer " + fixture.getFileName() + " stands for: add it to ANSWERS")
                .isNotNull();
        String[] methodAndPath = answer.split(" ");

        var violations = CONTRACT.violations(
                methodAndPath[0], methodAndPath[1], 200, "application/json", Files.readString(fixture));

        assertThat(violations).isEmpty();
    }

    private static Path cliFixtures() {
        Path openapi = OpenApiDocument.checkedInPath();
        Path fixtures = openapi.getParent().getParent().resolve("robson-cli/src/test/resources/fixtures");
        assertThat(fixtures).as("the CLI's fixtures").isDirectory();
        return fixtures;
    }
}
