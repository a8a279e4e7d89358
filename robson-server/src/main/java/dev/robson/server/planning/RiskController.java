package dev.robson.server.planning;

import dev.robson.server.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The month's risk budget, always in view beside a plan. */
@RestController
class RiskController {

    private final PlanService plans;

    RiskController(PlanService plans) {
        this.plans = plans;
    }

    @Operation(
            summary = "The UTC month's risk budget: capital base, budget, losses, open planned risk, what remains,"
                    + " the slots left and whether the month is PAUSED")
    @GetMapping({"/api/risk/status/", "/api/risk/status"})
    RiskStatusView riskStatus(Tenant tenant) {
        return plans.risk(tenant);
    }
}
