package dev.robson.server.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

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
        get("/api/market/price/{symbol}/", "/api/market/price/BTCUSDC/", 200);
        get("/api/market/price/{symbol}/", "/api/market/price/NOPEUSDC/", 404);
        get("/api/market/price/{symbol}/", "/api/market/price/btc-usdc/", 400);
        expect("GET", "/api/market/price/{symbol}/", api.get("/api/market/price/BTCUSDC/", null), 401);
        get("/api/historical-data/", "/api/historical-data/?symbol=BTCUSDC&interval=15m&days=1", 200);
        get("/api/historical-data/", "/api/historical-data/?symbol=BTCUSDC&interval=7m&days=1", 400);
        get("/api/market/symbols/", 200);
        get("/api/market/display-rules/", 200);
        expect("GET", "/api/market/display-rules/", api.get("/api/market/display-rules/", null), 401);
        assertConforms();
    }

    @Test
    void operationAnswersMatchTheDocument() {
        tenants.longBtc(trader);
        get("/api/portfolio/positions/", 200);
        expect("GET", "/api/portfolio/positions/", api.get("/api/portfolio/positions/", null), 401);

        var tracked = post("/api/operations/", TRACK_BTC, 201);
        long id = tracked.json().get("operation_id").asLong();
        post("/api/operations/", TRACK_BTC.replace("87061.16", "90000.00"), 422);
        post("/api/operations/", TRACK_BTC.replace("\"side\"", "\"sid\""), 400);
        get("/api/operations/", "/api/operations/?status=active&limit=1", 200);
        get("/api/operations/", "/api/operations/?status=bogus", 400);
        get("/api/operations/{id}/", "/api/operations/" + id + "/", 200);
        get("/api/operations/{id}/", "/api/operations/999999/", 404);
        patch("/api/operations/{id}/", "/api/operations/" + id + "/", "{\"stop_loss\":\"87500.00\"}", 200);
        patch("/api/operations/{id}/", "/api/operations/" + id + "/", "{\"stop_loss\":\"90000.00\"}", 422);
        post("/api/operations/{id}/close/", "/api/operations/" + id + "/close/", "", 200);
        post("/api/operations/{id}/close/", "/api/operations/" + id + "/close/", "", 409);
        get("/api/operations/", "/api/operations/?status=closed", 200);
        get("/api/operations/{id}/events/", "/api/operations/" + id + "/events/", 200);
        get("/api/operations/{id}/events/", "/api/operations/999999/events/", 404);
        assertConforms();
    }

    @Test
    void closeRetryAndResolveAnswersMatchTheDocument() {
        // Held by the operation but not by the paper ledger: the close cannot proceed and waits for a person.
        long id = tenants.longBtc(trader);
        String operation = "/api/operations/" + tenants.numberOf(id) + "/";
        post("/api/operations/{id}/close/", operation + "close/", "", 200);
        get("/api/portfolio/positions/", 200);
        post("/api/operations/{id}/close/retry/", operation + "close/retry/", "", 200);
        post("/api/operations/{id}/close/retry/", "/api/operations/999999/close/retry/", "", 404);
        post("/api/operations/{id}/resolve/", operation + "resolve/", "{\"outcome\":\"MAYBE\"}", 400);
        post("/api/operations/{id}/resolve/", operation + "resolve/", "{\"outcome\":\"CLOSED_OUTSIDE\"}", 422);
        post("/api/operations/{id}/resolve/", operation + "resolve/", "{\"outcome\":\"NOTHING_SOLD\"}", 200);
        post("/api/operations/{id}/resolve/", operation + "resolve/", "{\"outcome\":\"NOTHING_SOLD\"}", 409);
        post("/api/operations/{id}/close/retry/", operation + "close/retry/", "", 409);
        post("/api/operations/{id}/close/", operation + "close/", "", 200);
        post("/api/operations/{id}/resolve/", operation + "resolve/", """
                {"outcome":"CLOSED_OUTSIDE","fills":[{"quantity":"0.00033","price":"90000.00"}]}""", 200);
        post("/api/operations/{id}/resolve/", "/api/operations/999999/resolve/", "{\"outcome\":\"NOTHING_SOLD\"}", 404);
        assertConforms();
    }

    @Test
    void accountAnswersMatchTheDocument() {
        get("/api/account/balance/", 200);
        get("/api/account/summary/", 200);
        get("/api/portfolio/patrimony/", 200);
        get("/api/account/api-key/", 200);
        String key = "{\"api_key\":\"" + "k".repeat(64) + "\",\"secret\":\"" + "s".repeat(64) + "\",\"type\":\"HMAC\"}";
        put("/api/account/api-key/", key, 200);
        put("/api/account/api-key/", "{\"api_key\":\"x\"}", 400);
        get("/api/account/api-key/", 200);
        delete("/api/account/api-key/", 204);
        assertConforms();
    }

    @Test
    void reviewAnswersMatchTheDocument() {
        long id = tenants.longBtc(trader);
        String operation = "/api/operations/" + tenants.numberOf(id) + "/";
        post(
                "/api/operations/{id}/protection-preview/",
                operation + "protection-preview/",
                "{\"stop_loss\":\"88500.00\"}",
                200);
        post(
                "/api/operations/{id}/protection-preview/",
                operation + "protection-preview/",
                "{\"stop_loss\":\"90000.00\"}",
                422);
        post(
                "/api/operations/{id}/protection-preview/",
                "/api/operations/999999/protection-preview/",
                "{\"stop_loss\":\"88500.00\"}",
                404);
        post("/api/operations/{id}/close/", operation + "close/", "", 200);
        get("/api/operations/{id}/orders/", operation + "orders/", 200);
        get("/api/operations/{id}/orders/", "/api/operations/999999/orders/", 404);
        get("/api/portfolio/history/", "/api/portfolio/history/?symbol=BTCUSDC", 200);
        get("/api/portfolio/history/", "/api/portfolio/history/?reason=LUCK", 400);
        get("/api/portfolio/history/", "/api/portfolio/history/?symbol=NOPEUSDC", 400);
        get("/api/portfolio/performance/", 200);
        get("/api/portfolio/performance/", "/api/portfolio/performance/?from=soon", 400);
        get("/api/portfolio/daily/", "/api/portfolio/daily/?from=2020-01-01", 200);
        expect("GET", "/api/portfolio/daily/", api.get("/api/portfolio/daily/", null), 401);
        assertConforms();
    }

    @Test
    void eventAnswersMatchTheDocument() {
        tenants.paperBalance(trader, "BTC", "1");
        long id = tenants.longBtc(trader);
        api.post("/api/operations/" + tenants.numberOf(id) + "/close/", "", token);
        get("/api/events/", 200);
        get("/api/events/", "/api/events/?after=0&limit=2", 200);
        get("/api/events/", "/api/events/?limit=0", 400);
        get("/api/events/", "/api/events/?after=x", 400);
        expect("GET", "/api/events/", api.get("/api/events/", null), 401);
        assertConforms();
    }

    @Test
    void alertAnswersMatchTheDocument() {
        var created = post(
                "/api/alerts/targets/",
                "{\"kind\":\"webhook\",\"name\":\"desk\",\"url\":\"http://127.0.0.1:1/hook\"}",
                201);
        post("/api/alerts/targets/", "{\"kind\":\"webhook\",\"url\":\"file:///etc\"}", 400);
        post("/api/alerts/targets/", "{\"colour\":1}", 400);
        long target = created.json().get("id").asLong();
        String path = "/api/alerts/targets/" + target + "/";
        get("/api/alerts/targets/", 200);
        get("/api/alerts/targets/{id}/", path, 200);
        get("/api/alerts/targets/{id}/", "/api/alerts/targets/999999/", 404);
        patch("/api/alerts/targets/{id}/", path, "{\"events\":[\"CLOSED\"],\"enabled\":true}", 200);
        patch("/api/alerts/targets/{id}/", path, "{\"events\":[\"NOPE\"]}", 400);
        post("/api/alerts/targets/{id}/test/", path + "test/", "", 200);
        post("/api/alerts/targets/{id}/test/", "/api/alerts/targets/999999/test/", "", 404);
        get("/api/alerts/targets/{id}/deliveries/", path + "deliveries/", 200);
        get("/api/alerts/targets/{id}/deliveries/", path + "deliveries/?limit=0", 400);
        delete("/api/alerts/targets/{id}/", path, 204);
        delete("/api/alerts/targets/{id}/", path, 404);
        assertConforms();
    }

    @Test
    void planningAnswersMatchTheDocument() {
        candles.chart("BTCUSDC", TestCharts.twoSupportsBelow90000());
        candles.chart("ETHUSDC", now -> List.of());
        quotes.set("BTCUSDC", "89999.00", "90000.00");
        quotes.set("ETHUSDC", "2999.99", "3000.00");
        String btc = "{\"strategy_id\":1,\"symbol\":\"BTCUSDC\"}";
        get("/api/strategies/", 200);
        get("/api/risk/status/", 200);
        get("/api/analysis/levels/{symbol}/", "/api/analysis/levels/BTCUSDC/", 200);
        get("/api/analysis/levels/{symbol}/", "/api/analysis/levels/NOPEUSDC/", 404);
        get("/api/analysis/levels/{symbol}/", "/api/analysis/levels/btc-usdc/", 400);
        get("/api/analysis/levels/{symbol}/", "/api/analysis/levels/ETHUSDC/", 503);
        post("/api/operations/plan/", "/api/operations/plan/?dry_run=true", btc, 200);
        post("/api/operations/plan/", btc.replace("1,", "1,\"quantity\":\"1\","), 400);
        post("/api/operations/plan/", btc.replace("\"strategy_id\":1", "\"strategy_id\":99"), 404);
        post("/api/operations/plan/", btc.replace("BTCUSDC", "ETHUSDC"), 503);
        var planned = post("/api/operations/plan/", btc, 201);
        long first = planned.json().get("operation_id").asLong();
        get("/api/operations/plans/waiting/", 200);
        post("/api/operations/plan/", btc, 422);
        get("/api/operations/", "/api/operations/?status=planned", 200);
        get("/api/operations/{id}/", "/api/operations/" + first + "/", 200);
        get("/api/operations/{id}/plan/", "/api/operations/" + first + "/plan/", 200);
        get("/api/operations/{id}/plan/", "/api/operations/999999/plan/", 404);
        post("/api/operations/{id}/cancel/", "/api/operations/" + first + "/cancel/", "", 200);
        post("/api/operations/{id}/cancel/", "/api/operations/" + first + "/cancel/", "", 409);
        expect("POST", "/api/operations/{id}/confirm/", confirm(first, "conformance-cancelled"), 409);
        post("/api/operations/{id}/confirm/", "/api/operations/" + first + "/confirm/", "", 400);
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
        get("/api/operations/{id}/plan/", "/api/operations/" + buying + "/plan/", 200);
        get("/api/operations/{id}/events/", "/api/operations/" + buying + "/events/", 200);
        assertConforms();
    }

    private ApiClient.Reply confirm(long number, String key) {
        return api.confirm(number, key, token);
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

    // The trader's own calls: the path sent, the documented operation it answers for, the status expected.

    private ApiClient.Reply get(String template, String path, int status) {
        return expect("GET", template, api.get(path, token), status);
    }

    private ApiClient.Reply post(String template, String path, String body, int status) {
        return expect("POST", template, api.post(path, body, token), status);
    }

    private ApiClient.Reply patch(String template, String path, String body, int status) {
        return expect("PATCH", template, api.patch(path, body, token), status);
    }

    private ApiClient.Reply put(String template, String path, String body, int status) {
        return expect("PUT", template, api.patchOrPut("PUT", path, body, token), status);
    }

    private ApiClient.Reply delete(String template, String path, int status) {
        return expect("DELETE", template, api.delete(path, token), status);
    }

    // A path without parameters is its own documented operation.

    private ApiClient.Reply get(String path, int status) {
        return get(path, path, status);
    }

    private ApiClient.Reply post(String path, String body, int status) {
        return post(path, path, body, status);
    }

    private ApiClient.Reply put(String path, String body, int status) {
        return put(path, path, body, status);
    }

    private ApiClient.Reply delete(String path, int status) {
        return delete(path, path, status);
    }

    private void assertConforms() {
        assertThat(violations)
                .as("answers that the OpenAPI document does not describe")
                .isEmpty();
    }
}
