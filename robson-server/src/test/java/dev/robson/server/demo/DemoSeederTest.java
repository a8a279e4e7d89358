package dev.robson.server.demo;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.FixedCandles;
import dev.robson.server.support.TestCharts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoSeederTest extends ApiFixture {

    @Autowired
    FixedCandles candles;

    @Autowired
    DemoSeeder demoTenants;

    @Test
    void whenDemoLogsInThenOperationOneIsTheirBitcoinLong() {
        quotes.setUsualBtcBook();

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
        // One seeded BTCUSDC operation, whatever the other tests planned.
        assertThat(operations)
                .filteredOn(operation -> operation.get("symbol").asString().equals("BTCUSDC"))
                .hasSize(1);
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it opens a second position, and the others count the seeded ones
    void theDemoTenantsFirstPlanIsOnTheSymbolItDoesNotHoldAndItsConfirmationBuys() {
        quotes.setUsualBtcBook();
        quotes.set("ETHUSDC", "2999.99", "3000.00");
        candles.chart("ETHUSDC", TestCharts.flat("3002.00", "4.00", Map.of(30, "2994.00", 60, "2970.00")));
        String demo = api.login("demo", "robson-demo");
        // What the dashboard and `robson plan` start on: the first symbol of the catalogue that
        // demo holds no open operation on, quoted in the budget's USDC. Operation #1 holds
        // BTCUSDC; BTCUSDT and ETHBTC are quoted otherwise: ETHUSDC.
        List<String> free = new ArrayList<>();
        api.get("/api/market/symbols/", demo).json().forEach(symbol -> {
            if (symbol.get("quote_asset").asString().equals("USDC")
                    && !symbol.get("symbol").asString().equals("BTCUSDC")) {
                free.add(symbol.get("symbol").asString());
            }
        });
        assertThat(free).first().isEqualTo("ETHUSDC");

        ApiClient.Reply held = api.post("/api/operations/plan/", "{\"strategy_id\":1,\"symbol\":\"BTCUSDC\"}", demo);
        ApiClient.Reply planned = api.post("/api/operations/plan/", "{\"strategy_id\":1,\"symbol\":\"ETHUSDC\"}", demo);

        assertProblem(held, 422, "duplicate_position");
        assertThat(planned.status()).isEqualTo(201);
        long number = planned.json().get("operation_id").asLong();
        ApiClient.Reply confirmed = api.confirm(number, "demo-first-plan", demo);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.get("/api/portfolio/positions/", demo).json().get("positions"))
                .extracting(position -> position.get("symbol").asString())
                .containsExactlyInAnyOrder("BTCUSDC", "ETHUSDC");
    }
}
