package dev.robson.server.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTenants;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The planning endpoints' per-tenant limits, the market endpoints' token buckets: here a burst of
 * 2 plans and one more a minute, and 1 analysis and one more a minute. The clock only moves when
 * the test moves it, so every wait is exact.
 */
@ApiTest
@Import(PlanningTestConfig.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:robson-planning-limits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "robson.market-data.plan-burst=2",
            "robson.market-data.plan-per-minute=1",
            "robson.market-data.levels-burst=1",
            "robson.market-data.levels-per-minute=1"
        })
class PlanningRateLimitTest extends PlanningScenario {

    @Test
    void aTenantPlanningPastItsLimitGets429WithRetryAfterAndNothingIsSaved() {
        assertThat(api.post("/api/operations/plan/?dry_run=true", BTC_PLAN, token)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/operations/plan/?dry_run=true", BTC_PLAN, token)
                        .status())
                .isEqualTo(200);

        ApiClient.Reply refused = plan(BTC_PLAN);

        // The burst of 2 is spent and one plan comes back a minute: the clock has not moved, so
        // the next one is exactly 60 s away.
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(code(refused)).isEqualTo("rate_limited");
        assertThat(refused.headers().firstValue("Retry-After")).contains("60");
        assertThat(operationRows()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM risk_months WHERE tenant_id = :t")
                        .param("t", trader.tenantId())
                        .query(Integer.class)
                        .single())
                .isZero();

        // Another tenant's bucket is its own.
        TestTenants.Trader other = tenants.newTrader("other-planner");
        tenants.paperBalance(other, "USDC", "1000");
        String otherToken = api.login(other.username(), TestTenants.PASSWORD);
        assertThat(api.post("/api/operations/plan/", BTC_PLAN, otherToken).status())
                .isEqualTo(201);

        // A minute later one plan has come back, and the plan is made.
        clock.advance(Duration.ofSeconds(60));
        quotes.set("BTCUSDC", "89999.00", "90000.00");
        assertThat(plan(BTC_PLAN).status()).isEqualTo(201);
        assertThat(operationRows()).isOne();
    }

    @Test
    void aTenantAnalysingPastItsLimitGets429WithRetryAfter() {
        assertThat(api.get("/api/analysis/levels/BTCUSDC/", token).status()).isEqualTo(200);

        ApiClient.Reply refused = api.get("/api/analysis/levels/BTCUSDC/", token);

        // A burst of 1, one a minute: the next analysis is 60 s away.
        assertThat(refused.status()).isEqualTo(429);
        assertThat(code(refused)).isEqualTo("rate_limited");
        assertThat(refused.headers().firstValue("Retry-After")).contains("60");
        clock.advance(Duration.ofSeconds(30));
        // Half way there: 30 s left.
        assertThat(api.get("/api/analysis/levels/BTCUSDC/", token).headers().firstValue("Retry-After"))
                .contains("30");
    }

    private int operationRows() {
        return jdbc.sql("SELECT COUNT(*) FROM operations WHERE tenant_id = :t")
                .param("t", trader.tenantId())
                .query(Integer.class)
                .single();
    }
}
