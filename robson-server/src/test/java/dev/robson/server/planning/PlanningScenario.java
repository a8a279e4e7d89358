package dev.robson.server.planning;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.monitor.StopMonitor;
import dev.robson.server.paper.PaperAccount;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.FixedCandles;
import dev.robson.server.support.MutableClock;
import dev.robson.server.support.TestCharts;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A trader with 1,000.00 USDC in paper, the BTCUSDC chart of {@link TestCharts#twoSupportsBelow90000()}
 * and an ask of 90,000.00: the plan every test starts from, worked out by hand (paper fee
 * 0.1 % taken in BTC, slippage 5 bps, stop gap 10 bps):
 * <pre>
 * capital 1,000 (the month's first plan: equity now)   R = 1 % = 10
 * E 90000.00   E_max = ceil(90000 × 1.0005) = 90045.00   X = 89100.00 (L2)   F = X × 0.999 = 89010.9
 * L = (90045 − 89010.9) + 0.001 × 90045 + 0.001 × 89010.9 = 1034.1 + 90.045 + 89.0109 = 1213.1559
 * q = floor(10 / 1213.1559 = 0.0082430…) = 0.00824   (cash: 990 / 90045 = 0.01099, not binding)
 * q_sell = floor(0.00824 × 0.999 = 0.00823176) = 0.00823   notional = 0.00824 × 90045 = 741.9708
 * planned risk = 0.00824 × 1213.1559 = 9.996404616 (0.9996 %)   target = 90000 + 2 × 900 = 91800.00
 * budget 4 % = 40, remaining 40, slots floor(40 / 10) = 4
 * </pre>
 * Public for the suites in other packages that start from the same plan.
 */
public abstract class PlanningScenario extends ApiFixture {

    protected static final String BTC_PLAN = "{\"strategy_id\":1,\"symbol\":\"BTCUSDC\"}";

    @Autowired
    protected FixedCandles candles;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected PlanSweep sweep;

    @Autowired
    protected StopMonitor monitor;

    @Autowired
    protected PaperAccount paper;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected StrategyRepository strategies;

    @BeforeEach
    void traderWithAPlanToMake() {
        candles.chart("BTCUSDC", TestCharts.twoSupportsBelow90000());
        quotes.set("BTCUSDC", "89999.00", "90000.00");
        signIn("planner");
        tenants.paperBalance(trader, "USDC", "1000");
    }

    @AfterEach
    void releaseTheMonitor() {
        monitor.stop();
    }

    protected ApiClient.Reply plan(String body) {
        return api.post("/api/operations/plan/", body, token);
    }

    /** Plans BTCUSDC and answers the plan's operation number. */
    protected long planBtc() {
        ApiClient.Reply planned = plan(BTC_PLAN);
        if (planned.status() != 201) {
            throw new AssertionError("the plan answered " + planned.status() + ": " + planned.body());
        }
        return planned.json().get("operation_id").asLong();
    }

    protected ApiClient.Reply confirm(long number, String key) {
        return api.confirm(number, key, token);
    }

    protected ApiClient.Reply confirm(long number) {
        return confirm(number, UUID.randomUUID().toString());
    }

    protected JsonNode planOf(long number) {
        return api.get("/api/operations/" + number + "/plan/", token).json();
    }

    protected List<String> eventsOf(long number) {
        return api.get("/api/operations/" + number + "/events/", token)
                .json()
                .get("events")
                .valueStream()
                .map(event -> event.get("event").asString())
                .toList();
    }

    /** The month's open risk as the trader reads it (GET /api/risk/status/), in USDC. */
    protected String openRisk() {
        return api.get("/api/risk/status/", token).json().get("open_risk").asString();
    }

    protected BigDecimal paperFree(String asset) {
        return paper.free(trader.tenantId(), asset);
    }

    /** The plan or its confirmation was refused as unprocessable (422), for this reason. */
    protected static void assertRefused(ApiClient.Reply reply, String code) {
        assertProblem(reply, 422, code);
    }

    /**
     * A first confirmation of the plan is refused (422) for this reason, the plan is left in this
     * status, and the 1,000.00 USDC the trader started with are untouched: nothing was bought.
     */
    protected void assertConfirmationRefused(long number, String code, String planStatus) {
        assertRefused(confirm(number), code);
        assertThat(planOf(number).get("status").asString()).isEqualTo(planStatus);
        assertThat(paperFree("USDC")).isEqualByComparingTo("1000");
    }

    protected static String code(ApiClient.Reply reply) {
        return reply.json().get("code").asString();
    }
}
