package dev.robson.server.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.robson.server.support.OpenApiDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI's tests replay recorded server answers; each must be an answer the OpenAPI document
 * allows, or the CLI is tested against an API that does not exist. (The web's fixtures are
 * checked the same way by its own test suite.)
 */
class ClientFixturesConformanceTest {

    /** Each CLI fixture and the answer it stands for: {@code METHOD path}, then its status when not 200. */
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
            Map.entry("token.json", "POST /api/auth/token"),
            Map.entry("strategies.json", "GET /api/strategies/"),
            Map.entry("levels.json", "GET /api/analysis/levels/{symbol}/"),
            Map.entry("levels-no-stop.json", "GET /api/analysis/levels/{symbol}/"),
            Map.entry("levels-unavailable.json", "GET /api/analysis/levels/{symbol}/ 503"),
            Map.entry("plan.json", "POST /api/operations/plan/ 201"),
            Map.entry("plan-dry-run.json", "POST /api/operations/plan/"),
            Map.entry("plan-refused-budget.json", "POST /api/operations/plan/ 422"),
            Map.entry("plan-active.json", "POST /api/operations/{id}/confirm/"),
            Map.entry("plan-failed.json", "POST /api/operations/{id}/confirm/"),
            Map.entry("confirm-refused-price-drift.json", "POST /api/operations/{id}/confirm/ 422"),
            Map.entry("plan-cancelled.json", "POST /api/operations/{id}/cancel/"),
            Map.entry("cancel-refused.json", "POST /api/operations/{id}/cancel/ 409"),
            Map.entry("risk-status.json", "GET /api/risk/status/"),
            Map.entry("risk-status-paused.json", "GET /api/risk/status/"));

    /**
     * The entry-planning operations. The CLI's fixtures for them wait, skipped, while the
     * document has none of them; once it documents any, every one of them must conform.
     */
    private static final Set<String> PLANNING = Set.of(
            "GET /api/strategies/",
            "GET /api/analysis/levels/{symbol}/",
            "POST /api/operations/plan/",
            "POST /api/operations/{id}/confirm/",
            "POST /api/operations/{id}/cancel/",
            "GET /api/risk/status/");

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
        String[] methodPathStatus = answer.split(" ");
        String operation = methodPathStatus[0] + " " + methodPathStatus[1];
        int status = methodPathStatus.length > 2 ? Integer.parseInt(methodPathStatus[2]) : 200;
        assumeTrue(
                !PLANNING.contains(operation) || CONTRACT.operations().stream().anyMatch(PLANNING::contains),
                "the document does not describe entry planning yet");

        var violations = CONTRACT.violations(
                methodPathStatus[0],
                methodPathStatus[1],
                status,
                status >= 400 ? "application/problem+json" : "application/json",
                Files.readString(fixture));

        assertThat(violations).isEmpty();
    }

    private static Path cliFixtures() {
        Path openapi = OpenApiDocument.checkedInPath();
        Path fixtures = openapi.getParent().getParent().resolve("robson-cli/src/test/resources/fixtures");
        assertThat(fixtures).as("the CLI's fixtures").isDirectory();
        return fixtures;
    }
}
