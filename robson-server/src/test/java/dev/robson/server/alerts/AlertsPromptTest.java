package dev.robson.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.exchange.Eventually;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The normal path of an alert waits for no poll: with the relay's and the sender's rounds an
 * hour apart, a close still reaches the webhook, because the close's commit wakes the relay and
 * the relay's commit hands the delivery it wrote straight to this replica's sender.
 */
@ApiTest
@TestPropertySource(
        properties = {
            "robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "robson.alerts.allow-private-networks=true",
            "robson.alerts.poll-every=1h",
            "robson.events.relay-every=1h"
        })
class AlertsPromptTest extends ApiFixture {

    static final AlertReceiver RECEIVER = new AlertReceiver();

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void whenAnOperationClosesThenTheWebhookHearsOfItWithoutAnyRound() {
        quotes.setUsualBtcBook();
        signIn("prompt");
        tenants.paperBalance(trader, "BTC", "1");
        JsonNode target = api.post(
                        "/api/alerts/targets/",
                        "{\"kind\":\"webhook\",\"url\":\"" + RECEIVER.url("/prompt") + "\",\"events\":[\"CLOSED\"]}",
                        token)
                .json();
        long id = tenants.longBtc(trader);

        assertThat(api.post("/api/operations/" + tenants.numberOf(id) + "/close/", "{}", token)
                        .status())
                .isEqualTo(200);

        // Far less than either round: only the hand-over can have sent it.
        Eventually.within(
                Duration.ofSeconds(20),
                "the alert delivered",
                () -> RECEIVER.handledKeys().size() == 1);
        AlertReceiver.Received got = RECEIVER.received().getFirst();
        assertThat(got.header("X-Robson-Event")).isEqualTo("CLOSED");
        assertThat(got.header("X-Robson-Delivery"))
                .endsWith("-tgt-" + target.path("id").asLong());
        assertThat(RECEIVER.received()).hasSize(1);
    }
}
