package dev.robson.server.planning;

import dev.robson.server.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's strategies: what a plan is made with. */
@RestController
class StrategyController {

    private final PlanService plans;

    StrategyController(PlanService plans) {
        this.plans = plans;
    }

    record StrategyList(List<StrategyView> strategies) {}

    @Operation(summary = "The tenant's strategies by name (every tenant has at least BTC Spot Manual)")
    @GetMapping({"/api/strategies/", "/api/strategies"})
    StrategyList strategies(Tenant tenant) {
        return new StrategyList(plans.strategies(tenant));
    }
}
