package dev.robson.server.planning;

import dev.robson.server.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The chart as the stop finder reads it, for the levels overlay. */
@RestController
class AnalysisController {

    private final PlanService plans;
    private final PlanningRateLimits rateLimits;

    AnalysisController(PlanService plans, PlanningRateLimits rateLimits) {
        this.plans = plans;
        this.rateLimits = rateLimits;
    }

    @Operation(
            summary = "The supports below the ask on the strategy's closed candles, the skipped ones, and the stop"
                    + " a plan would take (503 data_unavailable when the candles are too few, gapped or stale)")
    @GetMapping({"/api/analysis/levels/{symbol}/", "/api/analysis/levels/{symbol}"})
    LevelsView levels(
            Tenant tenant,
            @PathVariable String symbol,
            @Parameter(description = "The strategy's number; default: the tenant's first strategy")
                    @RequestParam(name = "strategy_id", required = false)
                    @Positive
                    Long strategyId) {
        rateLimits.levels().acquire(tenant.tenantId());
        return plans.levels(tenant, symbol, strategyId);
    }
}
