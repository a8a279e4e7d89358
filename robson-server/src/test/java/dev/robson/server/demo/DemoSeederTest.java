package dev.robson.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** What a newcomer sees after `make demo`: Operation #1 for demo, and acme apart from it. */
@ApiTest
@ActiveProfiles("demo")
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:robson-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "robson.data-dir=target/demo-test-data"
        })
class DemoSeederTest extends ApiFixture {

    @Autowired
    DemoSeeder demoTenants;

    @Test
    void whenDemoLogsInThenOperationOneIsTheirBitcoinLong() {
        quotes.set("BTCUSDC", "89245.00", "89246.00");

        JsonNode positions = api.get("/api/portfolio/positions/", api.login("demo", "robson-demo"))
                .json()
                .get("positions");

        assertThat(positions).hasSize(1);
        JsonNode operationOne = positions.get(0);
        assertThat(operationOne.get("operation_id").asLong()).isEqualTo(1);
        assertThat(operationOne.get("symbol").asString()).isEqualTo("BTCUSDC");
        assertThat(operationOne.get("quantity").asString()).isEqualTo("0.00033");
        assertThat(operationOne.get("entry_price").asString()).isEqualTo("88837.92");
        assertThat(operationOne.get("stop_loss").asString()).isEqualTo("87061.16");
        assertThat(operationOne.get("take_profit").asString()).isEqualTo("92391.44");
        assertThat(operationOne.get("unrealized_pnl").asString()).isEqualTo("0.13");
    }

    @Test
    void whenAcmeLogsInThenTheySeeTheirEtherAsTheirOwnOperationOne() {
        quotes.set("ETHUSDC", "2999.99", "3000.00");
        String acme = api.login("acme", "robson-demo");

        JsonNode positions = api.get("/api/portfolio/positions/", acme).json().get("positions");

        assertThat(positions).extracting(node -> node.get("symbol").asString()).containsExactly("ETHUSDC");
        // Each tenant numbers its own operations: acme's #1 is its Ether, never demo's Bitcoin.
        assertThat(api.get("/api/operations/1/", acme).json().get("symbol").asString())
                .isEqualTo("ETHUSDC");
        assertThat(api.get("/api/operations/2/", acme).status()).isEqualTo(404);
    }

    @Test
    void whenTheDemoRestartsThenItDoesNotSeedTwice() throws Exception {
        demoTenants.run((ApplicationArguments) null);

        JsonNode operations = api.get("/api/operations/", api.login("demo", "robson-demo"))
                .json()
                .get("operations");
        assertThat(operations).hasSize(1);
    }
}
