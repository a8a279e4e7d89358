package dev.robson.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.closing.OperationEventKind;
import dev.robson.server.closing.OperationEventLog;
import dev.robson.server.exchange.Eventually;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alert targets through the API and their deliveries to local receivers: signed webhooks,
 * retried after a 500 with the same key, Telegram, Slack and Discord in their own shapes, a log
 * per target, and no secret ever in an answer.
 */
@ApiTest
@TestPropertySource(
        properties = {
            "robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "robson.alerts.allow-private-networks=true",
            "robson.alerts.retry-base=100ms",
            "robson.alerts.poll-every=50ms",
            "robson.alerts.flag-after=0s"
        })
class AlertsApiTest extends ApiFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration SOON = Duration.ofSeconds(10);

    @Autowired
    OperationEventLog events;

    @Autowired
    TransactionTemplate transaction;

    static final AlertReceiver RECEIVER = new AlertReceiver();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("robson.alerts.telegram-base-url", () -> RECEIVER.url("/telegram"));
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    final AlertReceiver receiver = RECEIVER;

    @BeforeEach
    void setUp() {
        receiver.reset();
        quotes.setUsualBtcBook();
        signIn("alerts");
        tenants.paperBalance(trader, "BTC", "1");
    }

    @Test
    void whenAnOperationClosesThenTheWebhookGetsOneSignedDeliveryRetriedAfterA500WithTheSameKey() {
        JsonNode target = create("{\"kind\":\"webhook\",\"name\":\"desk\",\"url\":\"" + receiver.url("/hooks/robson")
                + "\",\"events\":[\"CLOSED\"]}");
        String secret = target.path("signing_secret").asString();
        assertThat(secret).startsWith("whsec_");
        receiver.answer(500);

        closeAnOperation();
        Eventually.within(
                SOON, "a first attempt that fails", () -> receiver.received().size() >= 1);
        receiver.answer(200);
        Eventually.within(
                SOON, "the retry accepted", () -> receiver.handledKeys().size() == 1);

        List<AlertReceiver.Received> attempts = receiver.received();
        assertThat(attempts.size()).isGreaterThanOrEqualTo(2);
        String key = attempts.getFirst().header("X-Robson-Delivery");
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.header("X-Robson-Delivery")).isEqualTo(key);
            assertThat(attempt.header("X-Robson-Event")).isEqualTo("CLOSED");
            String timestamp = attempt.header("X-Robson-Timestamp");
            assertThat(attempt.header("X-Robson-Signature")).isEqualTo(sign(secret, timestamp, attempt.body()));
        });
        assertThat(receiver.handledKeys()).containsExactly(key);
        JsonNode body = JSON.readTree(attempts.getLast().body());
        assertThat(body.path("event").asString()).isEqualTo("CLOSED");
        assertThat(body.path("delivery").asString()).isEqualTo(key);
        assertThat(body.path("data").path("reason").asString()).isEqualTo("MANUAL");
        assertThat(body.path("data").path("realized_pnl").asString()).matches("-?\\d+\\.\\d{2}");

        long id = target.path("id").asLong();
        Eventually.within(
                SOON,
                "the log says delivered",
                () -> "DELIVERED".equals(deliveries(id).get(0).path("status").asString()));
        JsonNode logged = deliveries(id).get(0);
        assertThat(logged.path("delivery_key").asString()).isEqualTo(key);
        assertThat(logged.path("attempts").asInt()).isEqualTo(attempts.size());
        assertThat(logged.path("last_status").asInt()).isEqualTo(200);
        assertThat(deliveries(id)).hasSize(1);
    }

    @Test
    void whenATargetIsTestedThenEachKindGetsItsOwnShape() {
        JsonNode telegram =
                create("{\"kind\":\"telegram\",\"bot_token\":\"123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678\","
                        + "\"chat_id\":\"-1001234567890\"}");
        JsonNode slack =
                create("{\"kind\":\"slack\",\"url\":\"" + receiver.url("/services/T0/B0/slack-secret") + "\"}");
        JsonNode discord =
                create("{\"kind\":\"discord\",\"url\":\"" + receiver.url("/api/webhooks/1/discord-secret") + "\"}");

        for (JsonNode target : List.of(telegram, slack, discord)) {
            JsonNode result = api.post(
                            "/api/alerts/targets/" + target.path("id").asLong() + "/test/", "{}", token)
                    .json();
            assertThat(result.path("status").asString())
                    .as(target.path("kind").asString())
                    .isEqualTo("DELIVERED");
        }

        List<AlertReceiver.Received> got = receiver.received();
        assertThat(got).hasSize(3);
        AlertReceiver.Received toTelegram = got.get(0);
        assertThat(toTelegram.path()).isEqualTo("/telegram/bot123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678/sendMessage");
        JsonNode sent = JSON.readTree(toTelegram.body());
        assertThat(sent.path("chat_id").asString()).isEqualTo("-1001234567890");
        assertThat(sent.path("text").asString()).contains("test alert");
        assertThat(JSON.readTree(got.get(1).body()).path("text").asString()).contains("test alert");
        JsonNode toDiscord = JSON.readTree(got.get(2).body());
        assertThat(toDiscord.path("content").asString()).contains("test alert");
        assertThat(toDiscord.path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    void whenTargetsAreListedThenNoSecretIsShownAndAnotherTenantSeesNone() {
        JsonNode webhook = create("{\"kind\":\"webhook\",\"url\":\"" + receiver.url("/hook?token=abc")
                + "\",\"secret\":\"a-secret-of-my-own-1234\",\"events\":[\"closed\",\"needs_attention\"]}");
        assertThat(webhook.has("signing_secret")).isFalse();
        assertThat(webhook.path("events").toString()).isEqualTo("[\"CLOSED\",\"NEEDS_ATTENTION\"]");
        create(
                "{\"kind\":\"telegram\",\"bot_token\":\"123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678\",\"chat_id\":\"42\"}");

        ApiClient.Reply listed = api.get("/api/alerts/targets/", token);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("targets")).hasSize(2);
        assertThat(listed.body())
                .doesNotContain("a-secret-of-my-own")
                .doesNotContain("token=abc")
                .doesNotContain("ABCdefGHI")
                .contains("127.0.0.1")
                .contains("Telegram chat 42");

        String other = login(tenants.newTrader("alerts-other"));
        long id = webhook.path("id").asLong();
        assertThat(api.get("/api/alerts/targets/", other).json().path("targets"))
                .isEmpty();
        assertThat(api.get("/api/alerts/targets/" + id + "/", other).status()).isEqualTo(404);
        assertThat(api.get("/api/alerts/targets/" + id + "/deliveries/", other).status())
                .isEqualTo(404);
        assertThat(api.post("/api/alerts/targets/" + id + "/test/", "{}", other).status())
                .isEqualTo(404);
        assertThat(api.delete("/api/alerts/targets/" + id + "/", other).status())
                .isEqualTo(404);

        JsonNode changed = api.patch(
                        "/api/alerts/targets/" + id + "/", "{\"enabled\":false,\"name\":\"paused\"}", token)
                .json();
        assertThat(changed.path("status").asString()).isEqualTo("DISABLED");
        assertThat(changed.path("name").asString()).isEqualTo("paused");
        assertThat(api.delete("/api/alerts/targets/" + id + "/", token).status())
                .isEqualTo(204);
        assertThat(api.get("/api/alerts/targets/" + id + "/", token).status()).isEqualTo(404);
    }

    @Test
    void whenATargetIsMalformedThenItIsRefusedWithAReason() {
        assertThat(refused("{\"kind\":\"webhook\",\"url\":\"file:///etc/passwd\"}"))
                .isEqualTo("invalid_url");
        assertThat(refused("{\"kind\":\"webhook\",\"url\":\"gopher://127.0.0.1/\"}"))
                .isEqualTo("invalid_url");
        assertThat(refused("{\"kind\":\"slack\",\"url\":\"http://user:pw@example.com/x\"}"))
                .isEqualTo("invalid_url");
        assertThat(refused("{\"kind\":\"pager\",\"url\":\"https://example.com/\"}"))
                .isEqualTo("invalid_kind");
        assertThat(refused("{\"kind\":\"webhook\",\"url\":\"" + receiver.url("/") + "\",\"events\":[\"EVERYTHING\"]}"))
                .isEqualTo("invalid_events");
        assertThat(refused("{\"kind\":\"webhook\",\"url\":\"" + receiver.url("/") + "\",\"secret\":\"short\"}"))
                .isEqualTo("invalid_secret");
        assertThat(refused("{\"kind\":\"telegram\",\"bot_token\":\"nope\",\"chat_id\":\"1\"}"))
                .isEqualTo("invalid_bot_token");
        assertThat(api.get("/api/alerts/targets/", token).json().path("targets"))
                .isEmpty();
    }

    @Test
    void whenAReceiverKeepsFailingThenTheTargetIsFlaggedAndOthersStillGetTheirs() {
        JsonNode failing = create("{\"kind\":\"slack\",\"url\":\"http://127.0.0.1:1/closed-port\"}");
        create("{\"kind\":\"webhook\",\"url\":\"" + receiver.url("/ok") + "\"}");

        closeAnOperation();

        Eventually.within(
                SOON,
                "the working receiver got its alert",
                () -> receiver.handledKeys().size() == 1);
        long id = failing.path("id").asLong();
        Eventually.within(
                SOON,
                "the failing target is flagged",
                () -> "FAILING"
                        .equals(api.get("/api/alerts/targets/" + id + "/", token)
                                .json()
                                .path("status")
                                .asString()));
        JsonNode log = deliveries(id).get(0);
        assertThat(log.path("status").asString()).isEqualTo("PENDING");
        assertThat(log.path("last_error").asString()).startsWith("cannot reach the receiver");
        assertThat(log.path("next_attempt_at").isMissingNode()).isFalse();
    }

    @Test
    void whenATargetChoosesEveryEventThenAnEntryPlansStepsReachItInWords() {
        JsonNode all = create("{\"kind\":\"slack\",\"url\":\"" + receiver.url("/services/plans")
                + "\",\"events\":["
                + String.join(
                        ",",
                        AlertEvents.KNOWN.stream().map(e -> "\"" + e + "\"").toList())
                + "]}");
        assertThat(all.path("events")).hasSize(AlertEvents.KNOWN.size());
        long id = tenants.longBtc(trader);

        // The plan path writes these through the audit trail (PlanFlowContract); here only its outbox hand-over counts.
        transaction.executeWithoutResult(status -> events.record(
                trader.tenantId(),
                id,
                Instant.now(),
                OperationEventKind.PLANNED,
                "BUY 0.00824 BTCUSDC up to 90045.00"));
        transaction.executeWithoutResult(status ->
                events.record(trader.tenantId(), id, Instant.now(), OperationEventKind.ENTRY_ORDER_EXPIRED, "no fill"));

        Eventually.within(
                SOON, "both plan alerts delivered", () -> receiver.handledKeys().size() == 2);
        long number = tenants.numberOf(id);
        assertThat(receiver.received().stream()
                        .map(got -> JSON.readTree(got.body()).path("text").asString())
                        .sorted()
                        .toList())
                .containsExactly(
                        "Robson: Entry order ended unfilled (EXPIRED): #" + number + " BTCUSDC: no fill",
                        "Robson: Entry planned: #" + number + " BTCUSDC: BUY 0.00824 BTCUSDC up to 90045.00");
    }

    private void closeAnOperation() {
        long id = tenants.longBtc(trader);
        assertThat(api.post("/api/operations/" + tenants.numberOf(id) + "/close/", "{}", token)
                        .status())
                .isEqualTo(200);
    }

    private JsonNode create(String body) {
        String withTelegram = body;
        ApiClient.Reply reply = api.post("/api/alerts/targets/", withTelegram, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private String refused(String body) {
        ApiClient.Reply reply = api.post("/api/alerts/targets/", body, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).contains("problem+json");
        return reply.json().path("code").asString();
    }

    private JsonNode deliveries(long id) {
        return api.get("/api/alerts/targets/" + id + "/deliveries/", token)
                .json()
                .path("deliveries");
    }

    private static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v1="
                    + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
