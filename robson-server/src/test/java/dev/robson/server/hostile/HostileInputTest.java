package dev.robson.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTenants;
import dev.robson.server.support.TestTokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Every endpoint fed garbage: malformed and oversized bodies, wrong types, absurd numbers,
 * unicode and injection text, bad headers, forged and foreign tokens. Each answer must be a
 * 4xx (problem+json where the client accepts JSON), never a 5xx; no data may change; and no
 * password, key or stack trace may reach a response or the log.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
class HostileInputTest extends ApiFixture {

    private static final String API_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private static final List<String> NASTY_TEXT = List.of(
            "' OR '1'='1",
            "1; DROP TABLE operations;--",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "%00",
            "\u0000",
            "₿🚀ünïcödé",
            "${jndi:ldap://127.0.0.1/x}",
            "A".repeat(5_000),
            "-1",
            "1e309",
            "99999999999999999999999999",
            "null",
            "true",
            "[]",
            "{}");
    private static final List<String> NASTY_JSON_VALUES = List.of(
            "\"' OR '1'='1\"",
            "-1",
            "0",
            "1e999999999",
            "\"1E+999999999\"",
            "\"-0.00000001\"",
            "true",
            "[]",
            "{}",
            "null",
            "\"₿🚀\"",
            "99999999999999999999999999999999999999999999",
            "\"" + "9".repeat(400) + "\"",
            "\"NaN\"",
            "\"Infinity\"",
            "\"0x10\"",
            "1.0000000000000000000000000001");

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    TestTenants.Trader stranger;
    long operationId;
    long strangersOperation;

    @BeforeEach
    void setUp() {
        quotes.setUsualBtcBook();
        trader = tenants.newTrader("target");
        stranger = tenants.newTrader("stranger");
        operationId = tenants.number(trader, tenants.longBtc(trader));
        // The stranger's #2: a number that exists, but not for the trader (who has only #1).
        tenants.longBtc(stranger);
        strangersOperation = tenants.number(stranger, tenants.longBtc(stranger));
        token = TestTokens.valid(trader.tenantId(), trader.username());
    }

    @Test
    void whenBodiesAreHostileThenEveryAnswerIs4xxAndNothingChanges(CapturedOutput output) throws Exception {
        String before = snapshot();
        Map<String, String> bodies = Map.of(
                "POST /api/operations/", """
                        {"symbol":"BTCUSDC","side":"BUY","quantity":%s,"entry_price":"88000.00",
                         "stop_loss":"87000.00","take_profit":"92000.00"}""",
                "PATCH /api/operations/{id}/", """
                        {"stop_loss":%s}""",
                "POST /api/auth/token", """
                        {"username":%s,"password":"x"}""",
                "POST /api/auth/refresh", """
                        {"refresh_token":%s}""",
                "PUT /api/account/api-key/", """
                        {"type":"HMAC","api_key":%s,"secret":"s"}""");
        for (var endpoint : bodies.entrySet()) {
            for (String value : NASTY_JSON_VALUES) {
                expect4xx(endpoint.getKey(), endpoint.getValue().formatted(value), token);
            }
            for (String malformed : List.of("", "{", "{\"a\":", "[1,2", "not json", "\"\\u00\"", "{\"a\":1}{")) {
                expect4xx(endpoint.getKey(), malformed, token);
            }
            expect4xx(endpoint.getKey(), "{\"padding\":\"" + "x".repeat(200_000) + "\"}", token);
        }

        assertThat(failures).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
        assertNothingLeaked(output);
    }

    @Test
    void whenPathsAndParametersAreHostileThenEveryAnswerIs4xx(CapturedOutput output) throws Exception {
        for (String nasty : NASTY_TEXT) {
            String encoded = URLEncoder.encode(nasty, StandardCharsets.UTF_8).replace("+", "%20");
            expect4xx("GET /api/operations/" + encoded + "/", null, token);
            expect4xx("PATCH /api/operations/" + encoded + "/", "{\"stop_loss\":\"88000.00\"}", token);
            expect4xx("POST /api/operations/" + encoded + "/close/", null, token);
            expect4xx("GET /api/market/price/" + encoded + "/", null, token);
            expect4xx("GET /api/historical-data/?symbol=" + encoded + "&interval=15m&days=7", null, token);
            expect4xx("GET /api/historical-data/?symbol=BTCUSDC&interval=" + encoded + "&days=7", null, token);
            expect4xx("GET /api/historical-data/?symbol=BTCUSDC&interval=15m&days=" + encoded, null, token);
            expect4xx("GET /api/operations/?status=" + encoded, null, token);
        }

        assertThat(failures).isEmpty();
        assertNothingLeaked(output);
    }

    @Test
    void whenTokensAndHeadersAreHostileThenEveryAnswerIs4xxAndForeignDataStaysHidden(CapturedOutput output)
            throws Exception {
        String before = snapshot();
        List<String> badTokens = List.of(
                "",
                "Bearer",
                "null",
                "x".repeat(20_000),
                TestTokens.unsigned(trader.tenantId()),
                TestTokens.signed(
                        "another-key-of-sufficient-length-0123456789abcdef",
                        "robson",
                        "mallory",
                        stranger.tenantId(),
                        Instant.now(),
                        Instant.now().plusSeconds(60)),
                token.substring(0, token.length() - 3) + "abc",
                token + ".extra");
        for (String bad : badTokens) {
            for (String endpoint : List.of(
                    "GET /api/portfolio/positions/",
                    "GET /api/operations/",
                    "POST /api/operations/" + operationId + "/close/",
                    "GET /api/account/summary/")) {
                expect4xx(endpoint, null, bad);
            }
        }
        // The caller's own valid token reaching for another tenant's operation.
        expect4xx("GET /api/operations/" + strangersOperation + "/", null, token);
        expect4xx("PATCH /api/operations/" + strangersOperation + "/", "{\"stop_loss\":\"88000.00\"}", token);
        expect4xx("POST /api/operations/" + strangersOperation + "/close/", null, token);
        expect4xx("GET /api/operations/" + strangersOperation + "/events/", null, token);
        // Wrong content type, wrong method.
        send("POST", "/api/operations/", "symbol=BTCUSDC", token, "application/x-www-form-urlencoded");
        send("DELETE", "/api/portfolio/positions/", null, token, null);

        assertThat(failures).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
        assertNothingLeaked(output);
    }

    private void expect4xx(String endpoint, String body, String bearer) throws Exception {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{id}", Long.toString(operationId));
        send(parts[0], path, body, bearer, body == null ? null : "application/json");
    }

    private void send(String method, String path, String body, String bearer, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String where = method + " " + abbreviate(path) + " -> " + response.statusCode();
        if (response.statusCode() < 400 || response.statusCode() >= 500) {
            failures.add(where + " " + abbreviate(response.body()));
        } else if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(where + " is not problem+json");
        }
        String answer = response.body();
        if (answer.contains(TestTokens.SECRET)
                || answer.contains(API_SECRET)
                || answer.contains("\tat ")
                || answer.contains("Exception")
                || answer.toUpperCase().contains("SELECT ")) {
            failures.add(where + " leaks internals: " + abbreviate(answer));
        }
    }

    private void assertNothingLeaked(CapturedOutput output) {
        String log = output.getAll();
        assertThat(log)
                .doesNotContain(TestTokens.SECRET)
                .doesNotContain(TestTenants.PASSWORD)
                .doesNotContain(API_SECRET)
                .doesNotContain("\tat dev.robson");
    }

    /** What must not change: every operation's state and every stored secret. */
    private String snapshot() {
        return jdbc.sql("""
                SELECT COUNT(*) || ':' || COALESCE(SUM(version), 0) || ':' || COALESCE(SUM(stop_loss), 0)
                FROM operations""").query(String.class).single()
                + "|"
                + jdbc.sql("SELECT COUNT(*) FROM exchange_credentials")
                        .query(Long.class)
                        .single()
                + "|"
                + jdbc.sql("SELECT COUNT(*) FROM close_orders")
                        .query(Long.class)
                        .single()
                + "|" + jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
