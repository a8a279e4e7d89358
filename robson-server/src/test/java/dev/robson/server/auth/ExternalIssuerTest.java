package dev.robson.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.robson.server.admin.TenantAdministration;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.PushClient;
import dev.robson.server.support.TestTenants;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Tokens from an external OpenID Connect issuer (a local one serving discovery and JWKS),
 * whose {@code tenant} claim names the Robson tenant: on REST requests and on the push stream,
 * which decode them with the same chain.
 */
@ApiTest
class ExternalIssuerTest extends ApiFixture {

    private static final KeyPair ISSUER_KEYS = rsaKeys();
    private static final HttpServer ISSUER = startIssuer();
    private static final String ISSUER_URI =
            "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/realm";

    @Autowired
    TenantAdministration administration;

    @Autowired
    DisabledUsers disabledUsers;

    @DynamicPropertySource
    static void externalIssuer(DynamicPropertyRegistry registry) {
        registry.add("robson.auth.oidc.issuer-uri", () -> ISSUER_URI);
        registry.add("robson.auth.oidc.tenant-id-claim", () -> "tenant");
        // The stream closes at the token's exp, so the expiry test needs no half-minute wait.
        registry.add("robson.push.expiry-grace", () -> "0s");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    @Test
    void whenTheExternalIssuerNamesATenantThenItsTokenSeesThatTenantsPositions() throws Exception {
        var trader = tenants.newTrader("sso");
        long id = holdsBtc(trader);

        var reply = api.get("/api/portfolio/positions/", externalToken(ISSUER_URI, trader.username()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("positions").get(0).get("operation_id").asLong())
                .isEqualTo(id);
        // Robson's own tokens keep working beside the external ones.
        assertThat(api.get("/api/portfolio/positions/", login(trader)).status()).isEqualTo(200);
    }

    @Test
    void whenTheExternalTokenNamesNoKnownTenantThen401() throws Exception {

        assertThat(api.get("/api/portfolio/positions/", externalToken(ISSUER_URI, "no-such-tenant"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void whenATokenSignedByTheIssuersKeyClaimsOurIssuerThen401() throws Exception {
        var trader = tenants.newTrader("spoof");

        assertThat(api.get("/api/portfolio/positions/", externalToken("robson", trader.username()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void whenAnExternalTokenAuthenticatesTheStreamThenItsTenantsPositionsArePushed() throws Exception {
        var trader = tenants.newTrader("sso-push");
        long id = holdsBtc(trader);

        try (PushClient client = PushClient.ready(port, externalToken(ISSUER_URI, trader.username()))) {
            assertThat(client.seen().getFirst().path("username").asString()).isEqualTo("sso-user");
            client.subscribe("positions");

            JsonNode frame = client.next(PushClient.type("positions"));

            assertThat(frame.path("data")
                            .path("positions")
                            .get(0)
                            .path("operation_id")
                            .asLong())
                    .isEqualTo(id);
        }
    }

    @Test
    void whenTheExternalUserIsDisabledThenNeitherTheApiNorTheStreamAcceptsTheirToken() throws Exception {
        var trader = tenants.newTrader("sso-off");
        String token = externalToken(
                ISSUER_URI, trader.username(), trader.username(), Instant.now().plusSeconds(300));
        assertThat(api.get("/api/portfolio/positions/", token).status()).isEqualTo(200);

        assertThat(administration
                        .disableUser(trader.username(), trader.username())
                        .succeeded())
                .isTrue();
        // What every replica does every few seconds, done now so the test does not wait for it.
        disabledUsers.refresh();

        assertThat(api.get("/api/portfolio/positions/", token).status()).isEqualTo(401);
        try (PushClient client = PushClient.connect(port)) {
            client.authenticate(token);
            assertThat(client.next(PushClient.type("error")).path("code").asString())
                    .isEqualTo("invalid_token");
            assertThat(client.closeCode()).isEqualTo(4401);
        }
    }

    @Test
    void whenTheExternalTokenExpiresMidStreamThenTheStreamIsClosed() throws Exception {
        var trader = tenants.newTrader("sso-expiry");
        // exp two seconds ahead: valid at auth, past it soon after (the grace is 0 s here).
        String shortLived = externalToken(
                ISSUER_URI, trader.username(), "sso-user", Instant.now().plusSeconds(2));

        try (PushClient client = PushClient.ready(port, shortLived)) {
            client.subscribe("events");
            JsonNode error = client.next(PushClient.type("error"));

            assertThat(error.path("code").asString()).isEqualTo("token_expired");
            assertThat(client.closeCode()).isEqualTo(4401);
        }
    }

    /** BTCUSDC quoted, and one position of the trader's in it: answers the number the API shows it by. */
    private long holdsBtc(TestTenants.Trader trader) {
        quotes.setUsualBtcBook();
        return tenants.number(trader, tenants.longBtc(trader));
    }

    private static String externalToken(String issuer, String tenant) throws Exception {
        return externalToken(issuer, tenant, "sso-user", Instant.now().plusSeconds(300));
    }

    private static String externalToken(String issuer, String tenant, String subject, Instant expires)
            throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .claim("tenant", tenant)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) ISSUER_KEYS.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer startIssuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realm";
            String jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) ISSUER_KEYS.getPublic())
                            .keyID("k1")
                            .build())
                    .toString();
            server.createContext(
                    "/realm/.well-known/openid-configuration",
                    exchange -> respond(
                            exchange,
                            "{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base + "/jwks\","
                                    + "\"subject_types_supported\":[\"public\"],"
                                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
            server.createContext("/realm/jwks", exchange -> respond(exchange, jwks));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
