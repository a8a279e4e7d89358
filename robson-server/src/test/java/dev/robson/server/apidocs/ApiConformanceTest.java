package dev.robson.server.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.Side;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.FixedCandles;
import dev.robson.server.support.FixedQuotes;
import dev.robson.server.support.OpenApiDocument;
import dev.robson.server.support.TestCharts;
import dev.robson.server.support.TestTenants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The server's real answers — successes and refusals — against {@code docs/openapi.json},
 * operation by operation: a generated client built from the document must understand every
 * answer it gets. Every documented operation must be exercised here, so a new endpoint
 * cannot slip into the document unchecked.
 */
@ApiTest
@TestPropertySource(
        properties = {
            "robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            // The alert targets below point at this machine.
            "robson.alerts.allow-private-networks=true"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiConformanceTest {

    private static final String TRACK_BTC = """
            {"symbol":"BTCUSDC","side":"BUY","quantity":"0.00033","entry_price":"88837.92",
             "stop_loss":"87061.16","take_profit":"92391.44","opened_at":"2025-12-22T14:30:00Z"}""";

    @LocalServerPort
    int port;

    @Autowired
    FixedQuotes quotes;

    @Autowired
    TestTenants tenants;

    @Autowired
    FixedCandles candles;

    OpenApiDocument contract;
    ApiClient api;
    TestTenants.Trader trader;
    String token;
    final List<String> violations = new ArrayList<>();

    @BeforeAll
    void readContract() {
        contract = OpenApiDocument.checkedIn();
    }

    @BeforeEach
    void setUp() {
        violations.clear();
        api = new ApiClient(port);
        quotes.set("BTCUSDC", "89245.00", "89246.00", "89245.50");
        trader = tenants.newTrader("contract");
        tenants.paperBalance(trader, "USDC", "1000");
        token = api.login(trader.username(), TestTenants.PASSWORD);
    }

    @Test
    void sessionAnswersMatchTheDocument() {
        String login = "{\"username\":\"" + trader.username() + "\",\"password\":\"" + TestTenants.PASSWORD + "\"}";
        var pair = expect("POST", "/api/auth/token", api.post("/api/auth/token", login, null), 200);
        expect(
                "POST",
                "/api/auth/token",
                api.post("/api/auth/token", login.replace(TestTenants.PASSWORD, "wrong"), null),
                401);
        expect("POST", "/api/auth/token", api.post("/api/auth/token", "{\"username\":1}", null), 400);
        String refresh = pair.json().get("refresh_token").asString();
        var renewed = expect(
                "POST",
                "/api/auth/refresh",
                api.post("/api/auth/refresh", "{\"refresh_token\":\"" + refresh + "\"}", null),
                200);
        expect(
                "POST",
                "/api/auth/refresh",
                api.post("/api/auth/refresh", "{\"refresh_token\":\"not-a-token\"}", null),
                401);
        expect(
                "POST",
                "/api/auth/logout",
                api.post(
                        "/api/auth/logout",
                        "{\"refresh_token\":\""
                                + renewed.json().get("refresh_token").asString() + "\"}",
                        null),
                204);
        assertConforms();
    }

    @Test
    void marketAnswersMatchTheDocument() {
        expect("GET", "/api/market/price/{symbol}/", api.get("/api/market/price/BTCUSDC/", token), 200);
        expect("GET", "/api/market/price/{symbol}/", api.get("/api/market/price/NOPEUSDC/", token), 404);
        expect("GET", "/api/market/price/{symbol}/", api.get("/api/market/price/btc-usdc/", token), 400);
        expect("GET", "/api/market/price/{symbol}/", api.get("/api/market/price/BTCUSDC/", null), 401);
        expect(
                "GET",
                "/api/historical-data/",
                api.get("/api/historical-data/?symbol=BTCUSDC&interval=15m&days=1", token),
                200);
        expect(
                "GET",
                "/api/historical-data/",
                api.get("/api/historical-data/?symbol=BTCUSDC&interval=7m&days=1", token),
                400);
        expect("GET", "/api/market/symbols/", api.get("/api/market/symbols/", token), 200);
        expect("GET", "/api/market/display-rules/", api.get("/api/market/display-rules/", token), 200);
        expect("GET", "/api/market/display-rules/", api.get("/api/market/display-rules/", null), 401);
        assertConforms();
    }

    @Test
    void operationAnswersMatchTheDocument() {
        tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        expect("GET", "/api/portfolio/positions/", api.get("/api/portfolio/positions/", token), 200);
        expect("GET", "/api/portfolio/positions/", api.get("/api/portfolio/positions/", null), 401);

        var tracked = expect("POST", "/api/operations/", api.post("/api/operations/", TRACK_BTC, token), 201);
        long id = tracked.json().get("operation_id").asLong();
        expect(
                "POST",
                "/api/operations/",
                api.post("/api/operations/", TRACK_BTC.replace("87061.16", "90000.00"), token),
                422);
        expect(
                "POST",
                "/api/operations/",
                api.post("/api/operations/", TRACK_BTC.replace("\"side\"", "\"sid\""), token),
                400);
        expect("GET", "/api/operations/", api.get("/api/operations/?status=active&limit=1", token), 200);
        expect("GET", "/api/operations/", api.get("/api/operations/?status=bogus", token), 400);
        expect("GET", "/api/operations/{id}/", api.get("/api/operations/" + id + "/", token), 200);
        expect("GET", "/api/operations/{id}/", api.get("/api/operations/999999/", token), 404);
        expect(
                "PATCH",
                "/api/operations/{id}/",
                api.patch("/api/operations/" + id + "/", "{\"stop_loss\":\"87500.00\"}", token),
                200);
        expect(
                "PATCH",
                "/api/operations/{id}/",
                api.patch("/api/operations/" + id + "/", "{\"stop_loss\":\"90000.00\"}", token),
                422);
        expect("POST", "/api/operations/{id}/close/", api.post("/api/operations/" + id + "/close/", "", token), 200);
        expect("POST", "/api/operations/{id}/close/", api.post("/api/operations/" + id + "/close/", "", token), 409);
        expect("GET", "/api/operations/", api.get("/api/operations/?status=closed", token), 200);
        expect("GET", "/api/operations/{id}/events/", api.get("/api/operations/" + id + "/events/", token), 200);
        expect("GET", "/api/operations/{id}/events/", api.get("/api/operations/999999/events/", token), 404);
        assertConforms();
    }

    @Test
    void closeRetryAndResolveAnswersMatchTheDocument() {
        // Held by the operation but not by the paper ledger: the close cannot proceed and waits for a person.
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        expect(
                "POST",
                "/api/operations/{id}/close/",
                api.post("/api/operations/" + tenants.numberOf(id) + "/close/", "", token),
                200);
        expect("GET", "/api/portfolio/positions/", api.get("/api/portfolio/positions/", token), 200);
        expect(
                "POST",
                "/api/operations/{id}/close/retry/",
                api.post("/api/operations/" + tenants.numberOf(id) + "/close/retry/", "", token),
                200);
        expect(
                "POST",
                "/api/operations/{id}/close/retry/",
                api.post("/api/operations/999999/close/retry/", "", token),
                404);
        expect(
                "POST",
                "/api/operations/{id}/resolve/",
                api.post("/api/operations/" + tenants.numberOf(id) + "/resolve/", "{\"outcome\":\"MAYBE\"}", token),
                400);
        expect(
                "POST",
                "/api/operations/{id}/resolve/",
                api.post(
                        "/api/operations/" + tenants.numberOf(id) + "/resolve/",
                        "{\"outcome\":\"CLOSED_OUTSIDE\"}",
                        token),
                422);
        expect(
                "POST",
                "/api/operations/{id}/resolve/",
                api.post(
                        "/api/operations/" + tenants.numberOf(id) + "/resolve/",
                        "{\"outcome\":\"NOTHING_SOLD\"}",
                        token),
                200);
        expect(
                "POST",
                "/api/operations/{id}/resolve/",
                api.post(
                        "/api/operations/" + tenants.numberOf(id) + "/resolve/",
                        "{\"outcome\":\"NOTHING_SOLD\"}",
                        token),
                409);
        expect(
                "POST",
                "/api/operations/{id}/close/retry/",
                api.post("/api/operations/" + tenants.numberOf(id) + "/close/retry/", "", token),
                409);
        expect(
                "POST",
                "/api/operations/{id}/close/",
                api.post("/api/operations/" + tenants.numberOf(id) + "/close/", "", token),
                200);
        expect(
                "POST",
                "/api/operations/{id}/resolve/",
                api.post("/api/operations/" + tenants.numberOf(id) + "/resolve/", """
                {"outcome":"CLOSED_OUTSIDE","fills":[{"quantity":"0.00033","price":"90000.00"}]}""", token),
                200);
        expect(
                "POST",
                "/api/operations/{id}/resolve/",
                api.post("/api/operations/999999/resolve/", "{\"outcome\":\"NOTHING_SOLD\"}", token),
                404);
        assertConforms();
    }

    @Test
    void accountAnswersMatchTheDocument() {
        expect("GET", "/api/account/balance/", api.get("/api/account/balance/", token), 200);
        expect("GET", "/api/account/summary/", api.get("/api/account/summary/", token), 200);
        expect("GET", "/api/portfolio/patrimony/", api.get("/api/portfolio/patrimony/", token), 200);
        expect("GET", "/api/account/api-key/", api.get("/api/account/api-key/", token), 200);
        String key = "{\"api_key\":\"" + "k".repeat(64) + "\",\"secret\":\"" + "s".repeat(64) + "\",\"type\":\"HMAC\"}";
        expect("PUT", "/api/account/api-key/", api.patchOrPut("PUT", "/api/account/api-key/", key, token), 200);
        expect(
                "PUT",
                "/api/account/api-key/",
                api.patchOrPut("PUT", "/api/account/api-key/", "{\"api_key\":\"x\"}", token),
                400);
        expect("GET", "/api/account/api-key/", api.get("/api/account/api-key/", token), 200);
        expect("DELETE", "/api/account/api-key/", api.delete("/api/account/api-key/", token), 204);
        assertConforms();
    }

    @Test
    void reviewAnswersMatchTheDocument() {
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        expect(
                "POST",
                "/api/operations/{id}/protection-preview/",
                api.post(
                        "/api/operations/" + tenants.numberOf(id) + "/protection-preview/",
                        "{\"stop_loss\":\"88500.00\"}",
                        token),
                200);
        expect(
                "POST",
                "/api/operations/{id}/protection-preview/",
                api.post(
                        "/api/operations/" + tenants.numberOf(id) + "/protection-preview/",
                        "{\"stop_loss\":\"90000.00\"}",
                        token),
                422);
        expect(
                "POST",
                "/api/operations/{id}/protection-preview/",
                api.post("/api/operations/999999/protection-preview/", "{\"stop_loss\":\"88500.00\"}", token),
                404);
        expect(
                "POST",
                "/api/operations/{id}/close/",
                api.post("/api/operations/" + tenants.numberOf(id) + "/close/", "", token),
                200);
        expect(
                "GET",
                "/api/operations/{id}/orders/",
                api.get("/api/operations/" + tenants.numberOf(id) + "/orders/", token),
                200);
        expect("GET", "/api/operations/{id}/orders/", api.get("/api/operations/999999/orders/", token), 404);
        expect("GET", "/api/portfolio/history/", api.get("/api/portfolio/history/?symbol=BTCUSDC", token), 200);
        expect("GET", "/api/portfolio/history/", api.get("/api/portfolio/history/?reason=LUCK", token), 400);
        expect("GET", "/api/portfolio/history/", api.get("/api/portfolio/history/?symbol=NOPEUSDC", token), 400);
        expect("GET", "/api/portfolio/performance/", api.get("/api/portfolio/performance/", token), 200);
        expect("GET", "/api/portfolio/performance/", api.get("/api/portfolio/performance/?from=soon", token), 400);
        expect("GET", "/api/portfolio/daily/", api.get("/api/portfolio/daily/?from=2020-01-01", token), 200);
        expect("GET", "/api/portfolio/daily/", api.get("/api/portfolio/daily/", null), 401);
        assertConforms();
    }

    @Test
    void eventAnswersMatchTheDocument() {
        tenants.paperBalance(trader, "BTC", "1");
        long id = tenants.holding(trader, "BTCUSDC", Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44");
        api.post("/api/operations/" + tenants.numberOf(id) + "/close/", "", token);
        expect("GET", "/api/events/", api.get("/api/events/", token), 200);
        expect("GET", "/api/events/", api.get("/api/events/?after=0&limit=2", token), 200);
        expect("GET", "/api/events/", api.get("/api/events/?limit=0", token), 400);
        expect("GET", "/api/events/", api.get("/api/events/?after=x", token), 400);
        expect("GET", "/api/events/", api.get("/api/events/", null), 401);
        assertConforms();
    }

    @Test
    void alertAnswersMatchTheDocument() {
        var created = expect(
                "POST",
                "/api/alerts/targets/",
                api.post(
                        "/api/alerts/targets/",
                        "{\"kind\":\"webhook\",\"name\":\"desk\",\"url\":\"http://127.0.0.1:1/hook\"}",
                        token),
                201);
        expect(
                "POST",
                "/api/alerts/targets/",
                api.post("/api/alerts/targets/", "{\"kind\":\"webhook\",\"url\":\"file:///etc\"}", token),
                400);
        expect("POST", "/api/alerts/targets/", api.post("/api/alerts/targets/", "{\"colour\":1}", token), 400);
        long target = created.json().get("id").asLong();
        String path = "/api/alerts/targets/" + target + "/";
        expect("GET", "/api/alerts/targets/", api.get("/api/alerts/targets/", token), 200);
        expect("GET", "/api/alerts/targets/{id}/", api.get(path, token), 200);
        expect("GET", "/api/alerts/targets/{id}/", api.get("/api/alerts/targets/999999/", token), 404);
        expect(
                "PATCH",
                "/api/alerts/targets/{id}/",
                api.patch(path, "{\"events\":[\"CLOSED\"],\"enabled\":true}", token),
                200);
        expect("PATCH", "/api/alerts/targets/{id}/", api.patch(path, "{\"events\":[\"NOPE\"]}", token), 400);
        expect("POST", "/api/alerts/targets/{id}/test/", api.post(path + "test/", "", token), 200);
        expect("POST", "/api/alerts/targets/{id}/test/", api.post("/api/alerts/targets/999999/test/", "", token), 404);
        expect("GET", "/api/alerts/targets/{id}/deliveries/", api.get(path + "deliveries/", token), 200);
        expect("GET", "/api/alerts/targets/{id}/deliveries/", api.get(path + "deliveries/?limit=0", token), 400);
        expect("DELETE", "/api/alerts/targets/{id}/", api.delete(path, token), 204);
        expect("DELETE", "/api/alerts/targets/{id}/", api.delete(path, token), 404);
        assertConforms();
    }

    @Test
    void planningAnswersMatchTheDocument() {
        candles.chart("BTCUSDC", TestCharts.twoSupportsBelow90000());
        candles.chart("ETHUSDC", now -> List.of());
        quotes.set("BTCUSDC", "89999.00", "90000.00");
        quotes.set("ETHUSDC", "2999.99", "3000.00");
        String btc = "{\"strategy_id\":1,\"symbol\":\"BTCUSDC\"}";
        expect("GET", "/api/strategies/", api.get("/api/strategies/", token), 200);
        expect("GET", "/api/risk/status/", api.get("/api/risk/status/", token), 200);
        expect("GET", "/api/analysis/levels/{symbol}/", api.get("/api/analysis/levels/BTCUSDC/", token), 200);
        expect("GET", "/api/analysis/levels/{symbol}/", api.get("/api/analysis/levels/NOPEUSDC/", token), 404);
        expect("GET", "/api/analysis/levels/{symbol}/", api.get("/api/analysis/levels/btc-usdc/", token), 400);
        expect("GET", "/api/analysis/levels/{symbol}/", api.get("/api/analysis/levels/ETHUSDC/", token), 503);
        expect("POST", "/api/operations/plan/", api.post("/api/operations/plan/?dry_run=true", btc, token), 200);
        expect(
                "POST",
                "/api/operations/plan/",
                api.post("/api/operations/plan/", btc.replace("1,", "1,\"quantity\":\"1\","), token),
                400);
        expect(
                "POST",
                "/api/operations/plan/",
                api.post("/api/operations/plan/", btc.replace("\"strategy_id\":1", "\"strategy_id\":99"), token),
                404);
        expect(
                "POST",
                "/api/operations/plan/",
                api.post("/api/operations/plan/", btc.replace("BTCUSDC", "ETHUSDC"), token),
                503);
        var planned = expect("POST", "/api/operations/plan/", api.post("/api/operations/plan/", btc, token), 201);
        long first = planned.json().get("operation_id").asLong();
        expect("GET", "/api/operations/plans/waiting/", api.get("/api/operations/plans/waiting/", token), 200);
        expect("POST", "/api/operations/plan/", api.post("/api/operations/plan/", btc, token), 422);
        expect("GET", "/api/operations/", api.get("/api/operations/?status=planned", token), 200);
        expect("GET", "/api/operations/{id}/", api.get("/api/operations/" + first + "/", token), 200);
        expect("GET", "/api/operations/{id}/plan/", api.get("/api/operations/" + first + "/plan/", token), 200);
        expect("GET", "/api/operations/{id}/plan/", api.get("/api/operations/999999/plan/", token), 404);
        expect(
                "POST",
                "/api/operations/{id}/cancel/",
                api.post("/api/operations/" + first + "/cancel/", "", token),
                200);
        expect(
                "POST",
                "/api/operations/{id}/cancel/",
                api.post("/api/operations/" + first + "/cancel/", "", token),
                409);
        expect("POST", "/api/operations/{id}/confirm/", confirm(first, "conformance-cancelled"), 409);
        expect(
                "POST",
                "/api/operations/{id}/confirm/",
                api.post("/api/operations/" + first + "/confirm/", "", token),
                400);
        long drifting = api.post("/api/operations/plan/", btc, token)
                .json()
                .get("operation_id")
                .asLong();
        quotes.set("BTCUSDC", "90049.00", "90050.00");
        expect("POST", "/api/operations/{id}/confirm/", confirm(drifting, "conformance-drift"), 422);
        quotes.set("BTCUSDC", "89999.00", "90000.00");
        long buying = api.post("/api/operations/plan/", btc, token)
                .json()
                .get("operation_id")
                .asLong();
        expect("POST", "/api/operations/{id}/confirm/", confirm(buying, "conformance-buy"), 200);
        expect("GET", "/api/operations/{id}/plan/", api.get("/api/operations/" + buying + "/plan/", token), 200);
        expect("GET", "/api/operations/{id}/events/", api.get("/api/operations/" + buying + "/events/", token), 200);
        assertConforms();
    }

    private ApiClient.Reply confirm(long number, String key) {
        return api.postWithHeaders(
                "/api/operations/" + number + "/confirm/",
                "",
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                key);
    }

    @AfterAll
    void everyDocumentedOperationWasExercised() {
        assertThat(contract.exercised())
                .as("operations documented but not checked against the document here")
                .containsAll(contract.operations());
    }

    private ApiClient.Reply expect(String method, String template, ApiClient.Reply reply, int status) {
        assertThat(reply.status())
                .as(method + " " + template + ": " + reply.body())
                .isEqualTo(status);
        violations.addAll(contract.violations(method, template, reply));
        return reply;
    }

    private void assertConforms() {
        assertThat(violations)
                .as("answers that the OpenAPI document does not describe")
                .isEmpty();
    }
}
