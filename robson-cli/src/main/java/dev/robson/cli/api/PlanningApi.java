package dev.robson.cli.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry planning on the server: strategies, the support levels under the price, a plan, and
 * its confirmation or cancellation, and the month's risk budget.
 */
public final class PlanningApi {

    private final RobsonApi api;

    public PlanningApi(RobsonApi api) {
        this.api = api;
    }

    public Reply<List<Strategy>> strategies() {
        return api.send("GET", "/api/strategies/", null, Map.of(), json -> json.list("strategies", Strategy.class));
    }

    /**
     * @param symbol     already checked to be letters and digits only
     * @param strategyId null for the server's default strategy
     */
    public Reply<LevelAnalysis> levels(String symbol, Long strategyId) {
        String query = strategyId == null ? "" : "?strategy_id=" + strategyId;
        return api.send(
                "GET",
                "/api/analysis/levels/" + symbol + "/" + query,
                null,
                Map.of(),
                json -> json.as(LevelAnalysis.class));
    }

    /** @param dryRun the same preview, nothing saved */
    public Reply<EntryPlan> plan(long strategyId, String symbol, boolean dryRun) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("strategy_id", strategyId);
        request.put("symbol", symbol);
        return api.send(
                "POST",
                "/api/operations/plan/" + (dryRun ? "?dry_run=true" : ""),
                Json.write(request),
                Map.of(),
                json -> json.as(EntryPlan.class));
    }

    public Reply<EntryPlan> plan(long id) {
        return api.send("GET", "/api/operations/" + id + "/plan/", null, Map.of(), json -> json.as(EntryPlan.class));
    }

    /**
     * @param idempotencyKey the same key for every attempt of one confirmation: the server
     *                       answers a repeat with the first result and buys nothing more
     */
    public Reply<EntryPlan> confirm(long id, String idempotencyKey) {
        return api.send(
                "POST",
                "/api/operations/" + id + "/confirm/",
                "",
                Map.of("Idempotency-Key", idempotencyKey),
                json -> json.as(EntryPlan.class));
    }

    public Reply<EntryPlan> cancel(long id) {
        return api.send("POST", "/api/operations/" + id + "/cancel/", "", Map.of(), json -> json.as(EntryPlan.class));
    }

    public Reply<RiskStatus> riskStatus() {
        return api.send("GET", "/api/risk/status/", null, Map.of(), json -> json.as(RiskStatus.class));
    }
}
