package dev.robson.server.portfolio;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stop/target move previewed: the same checks as the move, the new figures, nothing saved. */
@ApiTest
class ProtectionPreviewApiTest extends ApiFixture {

    long id;

    @BeforeEach
    void setUp() {
        quotes.setUsualBtcBook();
        signIn("preview");
        id = tenants.longBtc(trader);
    }

    @Test
    void whenPreviewingANewStopThenTheNewDistanceAndRiskAreShownAndNothingIsSaved() {
        var reply = previewStop("88500.00", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("stop_loss").asString()).isEqualTo("88500.00");
        // (88500 − 89245) / 89245 × 100 = −0.8348 %; (88500 − 88837.92) × 0.00033 = −0.1115
        assertThat(reply.json().get("distance_to_stop_percent").asString()).isEqualTo("-0.83");
        assertThat(reply.json().get("risk_at_stop").asString()).isEqualTo("-0.11");
        // The target is kept: (92391.44 − 89245) / 89245 × 100 = 3.5256 %
        assertThat(reply.json().get("distance_to_target_percent").asString()).isEqualTo("3.53");
        assertThat(api.operation(tenants.numberOf(id), token).get("stop_loss").asString())
                .isEqualTo("87061.16");
    }

    @Test
    void whenThePreviewedStopIsAboveTheBidThenItIsRefusedWithTheMovesMessage() {
        var reply = previewStop("90000.00", token);

        assertProblem(reply, 422, "invalid_protection");
        assertThat(reply.json().get("detail").asString()).contains("stop_loss");
    }

    @Test
    void whenAnotherTenantPreviewsThenTheOperationIsNotFound() {
        var other = tenants.newTrader("preview-other");
        String otherToken = login(other);

        var reply = previewStop("88500.00", otherToken);

        assertProblem(reply, 404, "operation_not_found");
    }

    /** Previews the operation's stop at {@code stopLoss}, as the caller holding {@code bearer}. */
    private ApiClient.Reply previewStop(String stopLoss, String bearer) {
        return api.post(
                "/api/operations/" + tenants.numberOf(id) + "/protection-preview/",
                "{\"stop_loss\":\"" + stopLoss + "\"}",
                bearer);
    }
}
