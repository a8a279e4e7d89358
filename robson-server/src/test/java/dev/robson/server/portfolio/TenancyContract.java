package dev.robson.server.portfolio;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.Side;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.TestTenants;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two tenants side by side: each sees only its own data, and another tenant's operation is
 * indistinguishable from one that does not exist. Runs on every database engine we support.
 */
abstract class TenancyContract extends ApiFixture {

    TestTenants.Trader alice;
    TestTenants.Trader bob;
    /** Operation numbers as the API shows them: each tenant counts its own from 1. */
    long aliceOperation;

    long bobFirst;
    long bobOperation;
    String aliceToken;

    @BeforeEach
    void twoTenants() {
        quotes.setUsualBtcBook();
        quotes.set("ETHUSDC", "2949.99", "2950.01");
        alice = tenants.newTrader("alice");
        bob = tenants.newTrader("bob");
        aliceOperation = tenants.number(alice, tenants.longBtc(alice));
        // Bob holds two, so his #2 is a number Alice does not have.
        bobFirst = tenants.number(
                bob, tenants.holding(bob, "ETHUSDC", Side.BUY, "0.0500", "2950.00", "2850.00", "3150.00"));
        bobOperation = tenants.number(
                bob, tenants.holding(bob, "ETHUSDC", Side.BUY, "0.0500", "2950.00", "2850.00", "3150.00"));
        aliceToken = login(alice);
    }

    @Test
    void whenTenantsOpenOperationsThenEachNumbersItsOwnFromOne() {
        assertThat(aliceOperation).isEqualTo(1);
        assertThat(bobFirst).isEqualTo(1);
        assertThat(bobOperation).isEqualTo(2);
        // Alice's #1 is hers, whatever Bob's #1 is.
        assertThat(api.get("/api/operations/1/", aliceToken)
                        .json()
                        .get("symbol")
                        .asString())
                .isEqualTo("BTCUSDC");
    }

    @Test
    void whenListingPositionsThenOnlyTheCallersAreReturned() {
        JsonNode positions =
                api.get("/api/portfolio/positions/", aliceToken).json().get("positions");

        assertThat(positions).hasSize(1);
        assertThat(positions.get(0).get("operation_id").asLong()).isEqualTo(aliceOperation);
    }

    @Test
    void whenListingOperationsThenOnlyTheCallersAreReturned() {
        JsonNode operations =
                api.get("/api/operations/?status=active", aliceToken).json().get("operations");

        assertThat(operations)
                .extracting(node -> node.get("operation_id").asLong())
                .containsExactly(aliceOperation);
    }

    @Test
    void whenReadingAnotherTenantsOperationThenItIsNotFound() {
        var foreign = api.get("/api/operations/" + bobOperation + "/", aliceToken);
        var missing = api.get("/api/operations/999999999/", aliceToken);

        assertProblem(foreign, 404, "operation_not_found");
        // Same status, same code: a foreign id leaks nothing a missing id would not.
        assertProblem(missing, 404, "operation_not_found");
    }

    @Test
    void whenChangingAnotherTenantsOperationThenItIsNotFoundAndUnchanged() {
        var move = api.patch("/api/operations/" + bobOperation + "/", "{\"stop_loss\":\"2900.00\"}", aliceToken);
        var close = api.post("/api/operations/" + bobOperation + "/close/", "", aliceToken);

        assertThat(move.status()).isEqualTo(404);
        assertThat(close.status()).isEqualTo(404);
        String bobToken = login(bob);
        JsonNode bobs = api.operation(bobOperation, bobToken);
        assertThat(bobs.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(bobs.get("stop_loss").asString()).isEqualTo("2850.00");
    }

    @Test
    void whenTokenNamesAnotherTenantThenTheServerBelievesOnlyTheSignedClaim() {
        // Bob's own token reaches Bob's data only; a tampered token is refused outright.
        String bobToken = login(bob);
        JsonNode bobPositions =
                api.get("/api/portfolio/positions/", bobToken).json().get("positions");
        assertThat(bobPositions)
                .extracting(node -> node.get("operation_id").asLong())
                .containsExactlyInAnyOrder(bobFirst, bobOperation);

        String[] parts = aliceToken.split("\\.");
        String forgedPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]))
                        .replace("\"tenant_id\":" + alice.tenantId(), "\"tenant_id\":" + bob.tenantId())
                        .getBytes());
        var forged = api.get("/api/portfolio/positions/", parts[0] + "." + forgedPayload + "." + parts[2]);
        assertThat(forged.status()).isEqualTo(401);
    }
}
