package dev.robson.server.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.operation.Side;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.OnPostgres;
import dev.robson.server.support.TestTenants;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A tenant with 1,000 active operations is served without N+1 work: the positions list costs
 * the same number of SQL statements for 1,000 operations as for 10 (the reads are batched by
 * the thousand), and every operation is in the answer, on the real PostgreSQL.
 */
@ApiTest
@OnPostgres
@Import(StatementCounter.Config.class)
class PositionsAtSizeOnPostgresTest extends ApiFixture {

    @Autowired
    StatementCounter statements;

    @BeforeEach
    void setUp() {
        quotes.set("BTCUSDC", "88000.00", "88000.01");
        quotes.set("ETHUSDC", "3000.00", "3000.01");
    }

    @Test
    void positionsCostTheSameStatementsForAThousandOperationsAsForTen() {
        TestTenants.Trader small = tenants.newTrader("size10");
        TestTenants.Trader large = tenants.newTrader("size1000");
        hold(small, 10);
        hold(large, 1_000);

        long forTen = statementsForPositions(small, 10);
        long forThousand = statementsForPositions(large, 1_000);

        // 1,000 ids fit one IN batch of OperationRepository.BATCH: the same queries, no per-row read.
        assertThat(forThousand).isEqualTo(forTen);
        // Operations, their orders, attention notes (plus the token's user checks): a handful.
        assertThat(forTen).isBetween(1L, 8L);
    }

    private long statementsForPositions(TestTenants.Trader owner, int expected) {
        String token = login(owner);
        api.get("/api/portfolio/positions/", token); // warm the caches the first answer fills
        long before = statements.count("/api/portfolio/positions/");
        ApiClient.Reply reply = api.get("/api/portfolio/positions/", token);
        long spent = statements.count("/api/portfolio/positions/") - before;
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("positions").size()).isEqualTo(expected);
        return spent;
    }

    private void hold(TestTenants.Trader trader, int count) {
        IntStream.range(0, count).forEach(i -> {
            if (i % 2 == 0) {
                tenants.holding(trader, "BTCUSDC", Side.BUY, "0.001", "87000.00", "10000.00", "1000000.00");
            } else {
                tenants.holding(trader, "ETHUSDC", Side.BUY, "0.01", "2900.00", "100.00", "100000.00");
            }
        });
    }
}
