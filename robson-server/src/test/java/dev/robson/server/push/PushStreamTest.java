package dev.robson.server.push;

import static dev.robson.server.support.PushClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.Side;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.PushClient;
import dev.robson.server.support.TestTenants;
import dev.robson.server.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The push stream on one replica (in-process bus): who may connect, what each tenant gets, the limits. */
@ApiTest
@TestPropertySource(
        properties = {
            "robson.push.auth-timeout=1s",
            "robson.push.expiry-grace=0s",
            "robson.push.heartbeat=200ms",
            "robson.push.silent-for=2s",
            "robson.push.max-subscriptions=3",
            "robson.push.connections-per-user=2",
            "robson.push.max-message-bytes=512",
            "robson.push.cached-price-every=200ms",
            "robson.push.positions-every=200ms",
            "robson.cors.allowed-origins=https://desk.example"
        })
class PushStreamTest extends ApiFixture {

    @BeforeEach
    void calmMarket() {
        quotes.setUsualBtcBook();
        quotes.set("ETHUSDC", "3001.10", "3001.20");
    }

    @Test
    void whenSubscribedToAPriceThenItArrivesAsThePriceEndpointAnswersIt() {
        signIn("push-price");
        try (PushClient client = PushClient.ready(port, token)) {
            client.subscribe("price:ETHUSDC");
            quotes.set("ETHUSDC", "3010.55", "3010.65");

            JsonNode frame = client.next(f -> "price".equals(f.path("type").asString())
                    && "3010.55".equals(f.path("data").path("bid").asString()));

            assertThat(frame.path("channel").asString()).isEqualTo("price:ETHUSDC");
            JsonNode rest = api.get("/api/market/price/ETHUSDC/", token).json();
            assertThat(fieldNames(frame.path("data"))).isEqualTo(fieldNames(rest));
            assertThat(frame.path("data").path("ask").asString()).isEqualTo("3010.65");
        }
    }

    @Test
    void whenAnOperationClosesThenItsTenantHearsEveryStepAndAnotherTenantNothing() {
        TestTenants.Trader owner = tenants.newTrader("push-owner");
        TestTenants.Trader other = tenants.newTrader("push-other");
        tenants.paperBalance(owner, "BTC", "1");
        long id = tenants.longBtc(owner);
        long number = tenants.numberOf(id);
        String ownerToken = login(owner);
        try (PushClient mine = PushClient.ready(port, ownerToken);
                PushClient theirs = PushClient.ready(port, login(other))) {
            mine.subscribe("events");
            theirs.subscribe("events");

            assertThat(api.post("/api/operations/" + number + "/close/", "{}", ownerToken)
                            .status())
                    .isEqualTo(200);

            JsonNode closed = mine.next(f -> "event".equals(f.path("type").asString())
                    && "CLOSED".equals(f.path("data").path("event").asString()));
            assertThat(closed.path("data").path("operation_id").asLong()).isEqualTo(number);
            assertThat(closed.path("data").path("reason").asString()).isEqualTo("MANUAL");
            assertThat(closed.path("data").path("realized_pnl").asString()).matches("-?\\d+\\.\\d{2}");
            List<String> steps = mine.seen().stream()
                    .filter(type("event"))
                    .map(f -> f.path("data").path("event").asString())
                    .toList();
            assertThat(steps).containsSubsequence("CLOSING", "ORDER_SENT", "FILLED", "CLOSED");

            // The other tenant's connection hears a price of its own, and no event of anybody's.
            theirs.subscribe("price:BTCUSDC");
            theirs.next(type("price"));
            assertThat(theirs.seen()).noneMatch(type("event"));
        }
    }

    @Test
    void whenReconnectingWithTheLastIdSeenThenMissedEventsAreReplayed() {
        TestTenants.Trader owner = tenants.newTrader("push-replay");
        tenants.paperBalance(owner, "BTC", "1");
        long id = tenants.longBtc(owner);
        String token = login(owner);
        api.post("/api/operations/" + tenants.numberOf(id) + "/close/", "{}", token);
        JsonNode listed = api.get("/api/events/?after=0", token).json().path("events");
        assertThat(listed).isNotEmpty();
        long firstId = listed.get(0).path("id").asLong();

        try (PushClient client = PushClient.ready(port, token)) {
            client.send("{\"type\":\"subscribe\",\"channel\":\"events\",\"after\":" + firstId + "}");
            JsonNode replayed = client.next(f -> "event".equals(f.path("type").asString())
                    && "CLOSED".equals(f.path("data").path("event").asString()));
            assertThat(replayed.path("data").path("id").asLong()).isGreaterThan(firstId);
            assertThat(client.seen())
                    .filteredOn(type("event"))
                    .noneMatch(f -> f.path("data").path("id").asLong() == firstId);
        }
    }

    @Test
    void whenFollowingPositionsThenTheFrameIsWhatThePositionsEndpointAnswers() {
        signIn("push-positions");
        tenants.holding(trader, "ETHUSDC", Side.BUY, "0.5000", "2900.00", "2800.00", "3200.00");
        try (PushClient client = PushClient.ready(port, token)) {
            client.subscribe("positions");
            JsonNode first = client.next(type("positions"));
            JsonNode rest = api.get("/api/portfolio/positions/", token).json();
            assertThat(withoutAsOf(first.path("data"))).isEqualTo(withoutAsOf(rest));

            quotes.set("ETHUSDC", "3100.00", "3100.10");
            JsonNode moved = client.next(f -> "positions".equals(f.path("type").asString())
                    && "3100.00"
                            .equals(f.path("data")
                                    .path("positions")
                                    .get(0)
                                    .path("current_price")
                                    .asString()));
            assertThat(moved.path("data")
                            .path("positions")
                            .get(0)
                            .path("unrealized_pnl")
                            .asString())
                    .isEqualTo("100.00");
        }
    }

    @Test
    void whenTheTokenIsForgedForeignUnsignedOrMissingThenTheConnectionIsRefused() {
        TestTenants.Trader trader = tenants.newTrader("push-forged");
        Instant now = Instant.now();
        List<String> refused = List.of(
                TestTokens.signed(
                        "another-key-another-key-another-key-0123456789",
                        "robson",
                        trader.username(),
                        trader.tenantId(),
                        now,
                        now.plusSeconds(600)),
                TestTokens.signed(
                        TestTokens.SECRET,
                        "someone-else",
                        trader.username(),
                        trader.tenantId(),
                        now,
                        now.plusSeconds(600)),
                TestTokens.unsigned(trader.tenantId()),
                "not-a-token");
        for (String token : refused) {
            try (PushClient client = PushClient.connect(port)) {
                client.authenticate(token);
                JsonNode error = assertErrorThenClose(client, "invalid_token", 4401);
                assertThat(error.path("status").asInt()).isEqualTo(401);
            }
        }
    }

    @Test
    void whenNoAuthMessageComesInTimeThenTheConnectionIsClosed() {
        try (PushClient client = PushClient.connect(port)) {
            assertErrorThenClose(client, "auth_timeout", 4408);
        }
    }

    @Test
    void whenSubscribingBeforeAuthThenTheConnectionIsClosed() {
        try (PushClient client = PushClient.connect(port)) {
            client.send("{\"type\":\"subscribe\",\"channel\":\"events\"}");
            assertErrorThenClose(client, "unauthenticated", 4401);
        }
    }

    @Test
    void whenTheTokenExpiresMidConnectionThenTheConnectionIsClosed() {
        TestTenants.Trader trader = tenants.newTrader("push-expiry");
        Instant now = Instant.now();
        String shortLived = expiringTwoSecondsAfter(now, trader);
        try (PushClient client = PushClient.ready(port, shortLived)) {
            client.subscribe("events");
            assertErrorThenClose(client, "token_expired", 4401);
        }
    }

    @Test
    void whenARefreshedTokenIsSentThenTheConnectionOutlivesTheFirstOne() {
        TestTenants.Trader trader = tenants.newTrader("push-refresh");
        Instant now = Instant.now();
        String shortLived = expiringTwoSecondsAfter(now, trader);
        try (PushClient client = PushClient.ready(port, shortLived)) {
            client.authenticate(TestTokens.valid(trader.tenantId(), trader.username()));
            JsonNode ready = client.next(type("ready"));
            assertThat(ready.path("expires_at").asLong())
                    .isGreaterThan(now.plusSeconds(60).getEpochSecond());
            // Past the first token's expiry the connection still carries prices.
            client.subscribe("price:BTCUSDC");
            client.next(type("price"));
            quotes.set("BTCUSDC", "89300.00", "89300.01");
            client.next(
                    f -> "price".equals(f.path("type").asString())
                            && "89300.00".equals(f.path("data").path("bid").asString()),
                    Duration.ofSeconds(10));
            assertThat(client.isClosed()).isFalse();

            String othersToken =
                    TestTokens.valid(tenants.newTrader("push-switch").tenantId(), "someone");
            client.authenticate(othersToken);
            assertErrorThenClose(client, "token_mismatch", 4401);
        }
    }

    @Test
    void whenABrowserPageOfAnotherSiteConnectsThenTheHandshakeIsRefused() {
        assertThat(PushClient.refusedHandshake(port, "https://evil.example")).contains(403);
        assertThat(PushClient.refusedHandshake(port, "http://127.0.0.1:" + (port + 1)))
                .contains(403);
        assertThat(PushClient.refusedHandshake(port, "http://127.0.0.1:" + port))
                .isEmpty();
        assertThat(PushClient.refusedHandshake(port, "https://desk.example")).isEmpty();
        assertThat(PushClient.refusedHandshake(port, null)).isEmpty();
    }

    @Test
    void whenAConnectionFollowsTooManyChannelsThenItGetsAnErrorAndIsClosed() {
        signIn("push-subs");
        try (PushClient client = PushClient.ready(port, token)) {
            client.subscribe("price:BTCUSDC");
            client.subscribe("price:ETHUSDC");
            client.subscribe("events");
            client.send("{\"type\":\"subscribe\",\"channel\":\"positions\"}");
            JsonNode error = assertErrorThenClose(client, "too_many_subscriptions", 4429);
            assertThat(error.path("status").asInt()).isEqualTo(429);
        }
    }

    @Test
    void whenAUserOpensTooManyConnectionsThenTheExtraOneIsClosed() {
        signIn("push-conns");
        try (PushClient first = PushClient.ready(port, token);
                PushClient second = PushClient.ready(port, token);
                PushClient third = PushClient.connect(port)) {
            third.authenticate(token);
            assertErrorThenClose(third, "too_many_connections", 4429);
            assertThat(first.isClosed()).isFalse();
            assertThat(second.isClosed()).isFalse();
        }
    }

    @Test
    void whenAMessageIsTooLargeOrNotJsonThenTheConnectionIsClosedWithAReason() {
        signIn("push-size");
        try (PushClient client = PushClient.ready(port, token)) {
            client.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(600) + "\"}");
            assertErrorThenClose(client, "message_too_large", 1009);
        }
        try (PushClient client = PushClient.ready(port, token)) {
            client.send("[1,2");
            assertErrorThenClose(client, "invalid_message", 4400);
        }
    }

    @Test
    void whenAClientSendsBadRequestsThenItGetsErrorFramesAndStaysConnected() {
        signIn("push-bad");
        try (PushClient client = PushClient.ready(port, token)) {
            client.send("{\"type\":\"subscribe\",\"channel\":\"price:NOPEUSDC\"}");
            assertThat(client.next(type("error")).path("code").asString()).isEqualTo("unknown_symbol");
            client.send("{\"type\":\"subscribe\",\"channel\":\"price:bad symbol\"}");
            assertThat(client.next(type("error")).path("code").asString()).isEqualTo("invalid_symbol");
            client.send("{\"type\":\"subscribe\",\"channel\":\"orders\"}");
            assertThat(client.next(type("error")).path("code").asString()).isEqualTo("invalid_channel");
            client.send("{\"type\":\"ping\"}");
            client.next(type("pong"));
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void whenAClientStopsAnsweringPingsThenTheServerClosesItsConnection() throws Exception {
        TestTenants.Trader trader = tenants.newTrader("push-silent");
        try (RawPushSocket silent = new RawPushSocket(port)) {
            silent.sendText("{\"type\":\"auth\",\"token\":\"" + login(trader) + "\"}");
            int pings = 0;
            RawPushSocket.Frame frame = silent.next();
            while (frame.opcode() != 0x8) {
                if (frame.opcode() == 0x9) {
                    pings++;
                }
                frame = silent.next();
            }
            assertThat(pings).as("pinged before being given up").isPositive();
            assertThat(frame.closeCode()).isEqualTo(4408);
            assertThat(frame.text()).isEqualTo("no heartbeat");
        }
    }

    /** The connection's next error frame carries this code, then the server closes it with this close code. */
    private static JsonNode assertErrorThenClose(PushClient client, String code, int closeCode) {
        JsonNode error = client.next(type("error"));
        assertThat(error.path("code").asString()).isEqualTo(code);
        assertThat(client.closeCode()).isEqualTo(closeCode);
        return error;
    }

    private static String expiringTwoSecondsAfter(Instant now, TestTenants.Trader trader) {
        return TestTokens.signed(
                TestTokens.SECRET, "robson", trader.username(), trader.tenantId(), now, now.plusSeconds(2));
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().sorted().toList();
    }

    private static JsonNode withoutAsOf(JsonNode positions) {
        ObjectNode copy = ((ObjectNode) positions).deepCopy();
        copy.remove("as_of");
        return copy;
    }
}
