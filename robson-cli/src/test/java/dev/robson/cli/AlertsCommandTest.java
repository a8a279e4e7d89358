package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code robson alerts}: add, list, test, remove and the delivery log, against the stand-in server. */
class AlertsCommandTest extends LoggedInCliTest {

    static final String WEBHOOK = "{\"id\":7,\"kind\":\"WEBHOOK\",\"name\":\"desk\",\"events\":[\"CLOSED\","
            + "\"NEEDS_ATTENTION\"],\"destination\":\"hooks.example.com\",\"enabled\":true,\"status\":\"OK\","
            + "\"created_at\":\"2026-01-05T12:00:00Z\"";
    static final String TELEGRAM = "{\"id\":8,\"kind\":\"TELEGRAM\",\"name\":\"telegram\",\"events\":[\"CLOSED\"],"
            + "\"destination\":\"Telegram chat 42\",\"enabled\":true,\"status\":\"FAILING\","
            + "\"failing_since\":\"2026-01-05T11:00:00Z\",\"last_failure\":\"the receiver answered HTTP 500\","
            + "\"created_at\":\"2026-01-05T12:00:00Z\"}";

    @Test
    void whenAWebhookIsAddedThenTheRequestCarriesItAndTheSecretIsShownOnce() {
        server.on("POST", "/api/alerts/targets/", 201, WEBHOOK + ",\"signing_secret\":\"whsec_0123\"}");

        CliRun.Result result = robson.execute(
                "alerts",
                "add",
                "webhook",
                "https://hooks.example.com/robson",
                "--name",
                "desk",
                "--events",
                "CLOSED, NEEDS_ATTENTION");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Added alert target #7 (WEBHOOK to hooks.example.com) for CLOSED, NEEDS_ATTENTION.")
                .contains("Signing secret (shown once, keep it for checking X-Robson-Signature): whsec_0123");
        JsonNode sent = sentTarget();
        assertThat(sent.path("kind").asString()).isEqualTo("WEBHOOK");
        assertThat(sent.path("url").asString()).isEqualTo("https://hooks.example.com/robson");
        assertThat(sent.path("events").toString()).isEqualTo("[\"CLOSED\",\"NEEDS_ATTENTION\"]");
    }

    @Test
    void whenATelegramTargetIsAddedThenItsTokenComesFromTheEnvironment() {
        server.on("POST", "/api/alerts/targets/", 201, TELEGRAM);

        CliRun.Result result = robson.variable("BOT_TOKEN", "123456:ABCdef")
                .execute("alerts", "add", "telegram", "--bot-token-env", "BOT_TOKEN", "--chat-id", "42");

        assertThat(result.exitCode()).isZero();
        JsonNode sent = sentTarget();
        assertThat(sent.path("bot_token").asString()).isEqualTo("123456:ABCdef");
        assertThat(sent.path("chat_id").asString()).isEqualTo("42");
        assertThat(sent.has("url")).isFalse();
    }

    @Test
    void whenAddIsMisusedThenNothingIsSent() {
        var unknownKind = robson.execute("alerts", "add", "pager", "https://x");
        var noUrl = robson.execute("alerts", "add", "slack");
        var noBotToken = robson.execute("alerts", "add", "telegram", "--chat-id", "42");

        assertRefusedBeforeAnyRequest(unknownKind, "KIND is one of webhook, slack, discord, telegram; not 'pager'");
        assertRefusedBeforeAnyRequest(noUrl, "slack needs the URL to send to");
        assertRefusedBeforeAnyRequest(noBotToken, "telegram needs --bot-token (or --bot-token-env) and --chat-id");
    }

    @Test
    void whenTargetsAreListedThenAFailingOneStandsOut() {
        server.on("GET", "/api/alerts/targets/", 200, "{\"targets\":[" + WEBHOOK + "}," + TELEGRAM + "]}");

        CliRun.Result result = robson.execute("alerts");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("ID  KIND")
                .contains("#7  WEBHOOK   desk")
                .contains("hooks.example.com")
                .contains("!! FAILING");
        CliRun.Result json = robson.execute("alerts", "list", "--json");
        assertThat(JsonDocuments.single(json.out()).path("targets")).hasSize(2);
    }

    @Test
    void whenATargetIsTestedThenTheOutcomeDecidesTheExitCode() {
        server.on(
                "POST",
                "/api/alerts/targets/7/test/",
                200,
                "{\"id\":1,\"delivery_key\":\"test-1\",\"event\":\"TEST\","
                        + "\"status\":\"DELIVERED\",\"attempts\":1,\"created_at\":\"2026-01-05T12:00:00Z\",\"last_status\":204}");
        server.on(
                "POST",
                "/api/alerts/targets/8/test/",
                200,
                "{\"id\":2,\"delivery_key\":\"test-2\",\"event\":\"TEST\","
                        + "\"status\":\"FAILED\",\"attempts\":1,\"created_at\":\"2026-01-05T12:00:00Z\",\"last_status\":500,"
                        + "\"last_error\":\"the receiver answered HTTP 500\"}");

        CliRun.Result ok = robson.execute("alerts", "test", "7");
        CliRun.Result failed = robson.execute("alerts", "test", "8");

        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("Delivered to target #7 (HTTP 204).");
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(failed.out()).contains("Not delivered to target #8: the receiver answered HTTP 500");
    }

    @Test
    void whenDeliveriesAreShownThenEachAttemptCountAndErrorIsThere() {
        server.on(
                "GET",
                "/api/alerts/targets/8/deliveries/",
                200,
                "{\"deliveries\":[{\"id\":3,\"delivery_key\":"
                        + "\"evt-41-tgt-8\",\"event\":\"CLOSED\",\"status\":\"PENDING\",\"attempts\":3,\"created_at\":"
                        + "\"2026-01-05T12:00:00Z\",\"next_attempt_at\":\"2026-01-05T12:01:20Z\",\"last_status\":500,"
                        + "\"last_error\":\"the receiver answered HTTP 500\"}]}");

        CliRun.Result result = robson.execute("alerts", "deliveries", "8", "--limit", "5");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("CLOSED")
                .contains("PENDING retry 2026-01-05T12:01:20Z")
                .contains("evt-41-tgt-8")
                .contains("the receiver answered HTTP 500");
        assertThat(server.firstRequest("GET", "/api/alerts/targets/8/deliveries/")
                        .query())
                .isEqualTo("limit=5");
    }

    @Test
    void whenATargetIsRemovedThenTheServerIsAskedAndTheAnswerSaysSo() {
        server.on("DELETE", "/api/alerts/targets/7/", 204, "");

        CliRun.Result result = robson.execute("alerts", "remove", "7");
        CliRun.Result json = robson.execute("alerts", "remove", "7", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Removed alert target #7.\n");
        assertThat(JsonDocuments.single(json.out()).path("removed").asBoolean()).isTrue();
    }

    /** The target the CLI asked the server to add, as one JSON document. */
    private JsonNode sentTarget() {
        return JsonDocuments.single(
                server.firstRequest("POST", "/api/alerts/targets/").body() + "\n");
    }
}
