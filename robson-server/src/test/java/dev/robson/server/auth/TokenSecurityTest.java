package dev.robson.server.auth;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTenants;
import dev.robson.server.support.TestTokens;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Access and refresh tokens: what gets in, and every kind of token that must not. */
@ApiTest
class TokenSecurityTest extends ApiFixture {

    private static final String POSITIONS = "/api/portfolio/positions/";

    @BeforeEach
    void setUp() {
        trader = tenants.newTrader("tokens");
    }

    @Test
    void whenLoggingInThenTheAccessTokenCarriesTenantAndLifetime() {
        var reply = askForTokens(trader.username(), TestTenants.PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(900);
        assertThat(body.get("refresh_token").asString()).hasSizeGreaterThan(30);
        JsonNode claims = claimsOf(body.get("access_token").asString());
        assertThat(claims.get("sub").asString()).isEqualTo(trader.username());
        assertThat(claims.get("tenant_id").asLong()).isEqualTo(trader.tenantId());
        assertThat(claims.get("iss").asString()).isEqualTo("robson");
        assertThat(claims.get("jti").asString()).isNotBlank();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
        assertThat(api.get(POSITIONS, body.get("access_token").asString()).status())
                .isEqualTo(200);
    }

    @Test
    void whenPasswordIsWrongThenLoginIsRefusedWithoutSayingWhichPartWasWrong() {
        var wrongPassword = askForTokens(trader.username(), "not-the-password");
        var unknownUser = askForTokens("nobody-here", "not-the-password");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.json().get("code").asString()).isEqualTo("invalid_credentials");
        assertThat(unknownUser.json().get("code").asString()).isEqualTo("invalid_credentials");
        assertThat(unknownUser.json().get("detail").asString())
                .isEqualTo(wrongPassword.json().get("detail").asString());
    }

    @Test
    void whenNoTokenThen401Problem() {
        var reply = api.get(POSITIONS, null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asString()).isEqualTo("unauthenticated");
        assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void whenSignatureIsWrongThen401() {
        Instant now = Instant.now();
        String forged = TestTokens.signed(
                "another-key-of-sufficient-length-0123456789abcdef",
                "robson",
                trader.username(),
                trader.tenantId(),
                now,
                now.plusSeconds(600));

        assertInvalidToken(forged);
    }

    @Test
    void whenAlgorithmIsNoneThen401() {
        assertInvalidToken(TestTokens.unsigned(trader.tenantId()));
    }

    @Test
    void whenTokenExpiredThen401() {
        Instant past = Instant.now().minusSeconds(3_600);
        assertInvalidToken(TestTokens.signed(
                TestTokens.SECRET, "robson", trader.username(), trader.tenantId(), past, past.plusSeconds(900)));
    }

    @Test
    void whenIssuerIsWrongThen401() {
        Instant now = Instant.now();
        assertInvalidToken(TestTokens.signed(
                TestTokens.SECRET, "someone-else", trader.username(), trader.tenantId(), now, now.plusSeconds(600)));
    }

    @Test
    void whenTokenNamesNoTenantThen401() {
        Instant now = Instant.now();
        assertInvalidToken(
                TestTokens.signed(TestTokens.SECRET, "robson", trader.username(), null, now, now.plusSeconds(600)));
    }

    @Test
    void whenTokenNamesItsTenantInTheFormerClientIdClaimThen401SoTheClientRefreshes() {
        assertThat(api.get(POSITIONS, TestTokens.valid(trader.tenantId(), trader.username()))
                        .status())
                .isEqualTo(200);

        assertInvalidToken(TestTokens.withTheFormerTenantClaim(trader.tenantId(), trader.username()));
    }

    @Test
    void whenTokenIsGarbageThen401() {
        assertInvalidToken("not.a.jwt");
    }

    @Test
    void whenRefreshingThenTokensRotateAndTheOldRefreshTokenIsDead() {
        JsonNode first = login();
        String firstRefresh = first.get("refresh_token").asString();

        var rotated = api.post("/api/auth/refresh", refreshBody(firstRefresh), null);

        assertThat(rotated.status()).isEqualTo(200);
        String secondRefresh = rotated.json().get("refresh_token").asString();
        assertThat(secondRefresh).isNotEqualTo(firstRefresh);
        assertThat(api.get(POSITIONS, rotated.json().get("access_token").asString())
                        .status())
                .isEqualTo(200);

        var reuse = api.post("/api/auth/refresh", refreshBody(firstRefresh), null);
        assertProblem(reuse, 401, "refresh_token_reused");
        // Reuse betrays a stolen token: the whole chain, including the newest token, is revoked.
        assertThat(api.post("/api/auth/refresh", refreshBody(secondRefresh), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void whenLoggedOutThenTheRefreshTokenNoLongerWorks() {
        String refresh = login().get("refresh_token").asString();

        assertThat(api.post("/api/auth/logout", refreshBody(refresh), null).status())
                .isEqualTo(204);

        var after = api.post("/api/auth/refresh", refreshBody(refresh), null);
        assertThat(after.status()).isEqualTo(401);
    }

    @Test
    void whenTheBrowserRefreshesWithItsCookieThenTheCookieRotatesAndScriptsCannotReadIt() {
        var login = askForTokens(trader.username(), TestTenants.PASSWORD);
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie)
                .startsWith("robson_refresh=")
                .contains("HttpOnly")
                .contains("SameSite=Strict")
                .contains("Path=/api/auth");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        var refreshed = api.postWithCookie("/api/auth/refresh", cookie);

        assertThat(refreshed.status()).isEqualTo(200);
        String rotated = refreshed.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(rotated.substring(0, rotated.indexOf(';'))).isNotEqualTo(cookie);
        assertThat(api.postWithCookie("/api/auth/refresh", cookie).status()).isEqualTo(401);

        var logout = api.postWithCookie("/api/auth/logout", rotated.substring(0, rotated.indexOf(';')));
        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(api.postWithCookie("/api/auth/refresh", rotated.substring(0, rotated.indexOf(';')))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void whenRefreshHasNeitherBodyNorCookieThen401() {
        var reply = api.postWithCookie("/api/auth/refresh", "other=1");

        assertProblem(reply, 401, "invalid_refresh_token");
    }

    @Test
    void whenRefreshTokenIsUnknownThen401() {
        var reply = api.post("/api/auth/refresh", refreshBody("made-up-token"), null);

        assertProblem(reply, 401, "invalid_refresh_token");
    }

    @Test
    void whenLoginBodyIsMalformedThen400Problem() {
        var reply = api.post("/api/auth/token", "{\"username\":", null);
        var missing = api.post("/api/auth/token", "{\"username\":\"x\"}", null);

        assertProblem(reply, 400, "malformed_body");
        assertProblem(missing, 400, "invalid_request");
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    private JsonNode login() {
        return askForTokens(trader.username(), TestTenants.PASSWORD).json();
    }

    /** The login request, answered as it is (the token pair, or a refusal). */
    private ApiClient.Reply askForTokens(String username, String password) {
        return api.post(
                "/api/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
    }

    private void assertInvalidToken(String token) {
        var reply = api.get(POSITIONS, token);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asString()).isEqualTo("invalid_token");
    }

    private static String refreshBody(String token) {
        return "{\"refresh_token\":\"" + token + "\"}";
    }

    private static JsonNode claimsOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return JsonMapper.builder().build().readTree(payload);
    }
}
