package dev.robson.server.hostile;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.server.monitor.StopMonitor;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A tenant that opens operations without end is stopped at the cap, and the monitor keeps
 * guarding everyone else. The cap is 3 here so the test stays small; production's is 1,000.
 */
@ApiTest
@TestPropertySource(properties = "robson.operations.max-open-per-tenant=3")
class OperationCapTest extends ApiFixture {

    private static final String TRACK_ETH = """
            {"symbol":"ETHUSDC","side":"BUY","quantity":"0.0100","entry_price":"3000.00",
             "stop_loss":"2900.00","take_profit":"3200.00"}""";

    @Autowired
    OperationRepository operations;

    @Autowired
    StopMonitor monitor;

    @BeforeEach
    void prices() {
        quotes.set("ETHUSDC", "3000.00", "3000.01");
        quotes.setUsualBtcBook();
    }

    @AfterEach
    void release() {
        monitor.stop();
    }

    @Test
    void whenATenantIsAtTheCapThenItIsRefusedWhileAnotherTenantsStopStillCloses() {
        TestTenants.Trader hostile = tenants.newTrader("flooder");
        tenants.paperBalance(hostile, "USDC", "100000"); // paper tracking books each purchase
        String token = login(hostile);
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/operations/", TRACK_ETH, token).status()).isEqualTo(201);
        }
        TestTenants.Trader victim = tenants.newTrader("guarded");
        long guarded = tenants.longBtc(victim);
        tenants.paperBalance(victim, "BTC", "0.00033"); // the paper ledger sells only coins it holds

        var refused = api.post("/api/operations/", TRACK_ETH, token);

        assertProblem(refused, 422, "open_operations_limit");
        assertThat(operations.countOpen(hostile.tenantId())).isEqualTo(3);

        // The victim's bid falls through its stop (87,061.16): the next pass closes it.
        quotes.set("BTCUSDC", "87000.00", "87000.01");
        monitor.tick();

        Operation closed = operations.find(victim.tenantId(), guarded).orElseThrow();
        assertThat(closed.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.STOP_LOSS);
    }

    @Test
    void whenAnOperationClosesThenTheTenantMayOpenAnotherAgain() {
        signIn("cycler");
        tenants.paperBalance(trader, "USDC", "100000"); // paper tracking books each purchase
        long first = 0;
        for (int i = 0; i < 3; i++) {
            var tracked = api.post("/api/operations/", TRACK_ETH, token);
            if (i == 0) {
                first = tracked.json().get("operation_id").asLong();
            }
        }
        assertThat(api.post("/api/operations/", TRACK_ETH, token).status()).isEqualTo(422);

        assertThat(api.post("/api/operations/" + first + "/close/", "{}", token).status())
                .isEqualTo(200);

        assertThat(api.post("/api/operations/", TRACK_ETH, token).status()).isEqualTo(201);
    }
}
