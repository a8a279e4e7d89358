package dev.robson.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without ROBSON_MASTER_KEY no target is stored: its secrets could not be sealed (as with exchange keys). */
@ApiTest
class AlertsWithoutMasterKeyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Test
    void whenTheServerHasNoMasterKeyThenCreatingATargetAnswers503AndStoresNothing() {
        ApiClient api = new ApiClient(port);
        String token = api.login(tenants.newTrader("no-key").username(), TestTenants.PASSWORD);

        ApiClient.Reply reply = api.post(
                "/api/alerts/targets/",
                "{\"kind\":\"slack\",\"url\":\"https://hooks.slack.com/services/T/B/x\"}",
                token);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().path("code").asString()).isEqualTo("alerts_unavailable");
        assertThat(api.get("/api/alerts/targets/", token).json().path("targets"))
                .isEmpty();
    }
}
