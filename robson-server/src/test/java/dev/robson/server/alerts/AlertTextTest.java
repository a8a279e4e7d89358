package dev.robson.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.closing.OperationEventKind;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The line a person reads for each event, in the shape of each kind of target. */
class AlertTextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AlertRequests REQUESTS = new AlertRequests(JSON, Duration.ofSeconds(1));

    @Test
    void everyEventTheAuditTrailRecordsMayBeChosenAndHasItsOwnHeadline() {
        assertThat(Arrays.stream(OperationEventKind.values()).map(Enum::name)).allSatisfy(event -> {
            assertThat(AlertEvents.KNOWN).as(event).contains(event);
            assertThat(AlertText.hasHeadline(event)).as(event).isTrue();
        });
    }

    @Test
    void whenAPlanIsMadeThenTelegramSlackDiscordAndTheWebhookEachCarryItsLine() {
        AlertDelivery planned = delivery(
                "PLANNED",
                "{\"id\":7,\"operation_id\":3,\"symbol\":\"BTCUSDC\",\"event\":\"PLANNED\","
                        + "\"detail\":\"BUY 0.00824 BTCUSDC up to 90045.00, stop 89100.00\"}");
        String line = "Robson: Entry planned: #3 BTCUSDC: BUY 0.00824 BTCUSDC up to 90045.00, stop 89100.00";

        assertThat(body(TargetKind.TELEGRAM, planned).path("text").asString()).isEqualTo(line);
        assertThat(body(TargetKind.SLACK, planned).path("text").asString()).isEqualTo(line);
        assertThat(body(TargetKind.DISCORD, planned).path("content").asString()).isEqualTo(line);
        JsonNode webhook = body(TargetKind.WEBHOOK, planned);
        assertThat(webhook.path("text").asString()).isEqualTo(line);
        assertThat(webhook.path("event").asString()).isEqualTo("PLANNED");
        assertThat(webhook.path("data").path("operation_id").asLong()).isEqualTo(3);
    }

    @Test
    void eachStepOfAnEntrySaysWhatHappenedInWords() {
        assertThat(line("CONFIRMED", "by alice at ask 90000.00 (entry max 90045.00)"))
                .isEqualTo("Robson: Entry confirmed: #3 BTCUSDC: by alice at ask 90000.00 (entry max 90045.00)");
        assertThat(line("ENTRY_ORDER_CANCELED", "no fill"))
                .isEqualTo("Robson: Entry order ended unfilled (CANCELED): #3 BTCUSDC: no fill");
        assertThat(line("EXPIRED", "not confirmed by 2026-01-05T12:15:00Z"))
                .isEqualTo("Robson: Plan expired: #3 BTCUSDC: not confirmed by 2026-01-05T12:15:00Z");
        assertThat(line("CANCELLED", "cancelled by alice"))
                .isEqualTo("Robson: Plan cancelled: #3 BTCUSDC: cancelled by alice");
        assertThat(line("ACTIVE", null)).isEqualTo("Robson: Now guarded, stop and target armed: #3 BTCUSDC");
        assertThat(line("FAILED", "EXPIRED: nothing was bought"))
                .isEqualTo("Robson: Entry failed: #3 BTCUSDC: EXPIRED: nothing was bought");
    }

    @Test
    void aStopHitStillSaysTheNetRealizedAmount() {
        JsonNode data = JSON.readTree("{\"operation_id\":1,\"symbol\":\"BTCUSDC\",\"event\":\"CLOSED\","
                + "\"reason\":\"STOP_LOSS\",\"realized_pnl\":\"-0.59\",\"realized_pnl_net\":\"-0.65\"}");

        assertThat(AlertText.of("CLOSED", data))
                .isEqualTo("Robson: Stop hit: #1 BTCUSDC closed (STOP_LOSS), realized -0.65");
    }

    private static String line(String event, String detail) {
        var data = JSON.createObjectNode()
                .put("operation_id", 3)
                .put("symbol", "BTCUSDC")
                .put("event", event)
                .put("detail", detail);
        return AlertText.of(event, data);
    }

    private static JsonNode body(TargetKind kind, AlertDelivery delivery) {
        Destination to =
                new Destination(9, kind, "desk", URI.create("https://hooks.example.com/x"), "s".repeat(20), "-100");
        return JSON.readTree(REQUESTS.body(to, delivery));
    }

    private static AlertDelivery delivery(String event, String payload) {
        Instant at = Instant.parse("2026-01-05T12:00:00Z");
        return new AlertDelivery(
                1,
                1,
                9,
                7L,
                AlertDeliveries.key(9, 7),
                event,
                payload,
                AlertDelivery.PENDING,
                0,
                at,
                at,
                null,
                null,
                null,
                null);
    }
}
