package dev.robson.server.planning;

import dev.robson.server.auth.Tenant;
import dev.robson.server.problem.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entry plans: propose (the Activate Monitoring button), read, confirm (buys), cancel. Ids in
 * paths are the tenant's operation numbers, as on every operation route.
 */
@RestController
class PlanController {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private final PlanService plans;
    private final PlanConfirmation confirmations;
    private final PlanningRateLimits rateLimits;

    PlanController(PlanService plans, PlanConfirmation confirmations, PlanningRateLimits rateLimits) {
        this.plans = plans;
        this.confirmations = confirmations;
        this.rateLimits = rateLimits;
    }

    @Operation(
            summary = "Plan an entry: stop under the strategy's support, size risking at most its allowance, the"
                    + " month's budget checked. Saved PLANNED for 120 s (201), or only shown with dry_run=true (200)")
    @ApiResponse(
            responseCode = "201",
            description = "The plan, saved PLANNED until its expires_at",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanView.class)))
    @ApiResponse(
            responseCode = "200",
            description = "dry_run=true: the plan as it would be saved; nothing saved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanView.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such strategy (strategy_not_found) or symbol (unknown_symbol)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @PostMapping({"/api/operations/plan/", "/api/operations/plan"})
    ResponseEntity<PlanView> planEntry(
            Tenant tenant,
            @Valid @RequestBody PlanEntryRequest request,
            @Parameter(description = "true: answer the plan without saving it")
                    @RequestParam(name = "dry_run", defaultValue = "false")
                    boolean dryRun) {
        rateLimits.plans().acquire(tenant.tenantId());
        PlanView plan = plans.plan(tenant, request, dryRun);
        if (dryRun) {
            return ResponseEntity.ok(plan);
        }
        return ResponseEntity.created(URI.create("/api/operations/" + plan.operationId() + "/plan/"))
                .body(plan);
    }

    @Operation(
            summary = "The plans waiting for a confirmation: PLANNED and not yet expired, newest first (a page"
                    + " reloaded restores its plan card and countdown from them)")
    @GetMapping({"/api/operations/plans/waiting/", "/api/operations/plans/waiting"})
    WaitingPlansView waitingPlans(Tenant tenant) {
        return new WaitingPlansView(plans.waiting(tenant));
    }

    @Operation(summary = "The operation's plan as it stands (take_profit from the fill once ACTIVE)")
    @GetMapping({"/api/operations/{id}/plan/", "/api/operations/{id}/plan"})
    PlanView planOf(Tenant tenant, @PathVariable @Positive long id) {
        return plans.get(tenant, id);
    }

    @Operation(
            summary = "Confirm a PLANNED plan: every guard again on a fresh ask, then one LIMIT IOC BUY at entry_max."
                    + " ACTIVE with what it bought, or FAILED; a replay of the key answers the same and buys nothing")
    @PostMapping({"/api/operations/{id}/confirm/", "/api/operations/{id}/confirm"})
    PlanView confirmPlan(
            Tenant tenant,
            @PathVariable @Positive long id,
            @Parameter(
                            description =
                                    "1 to 64 of A-Z a-z 0-9 _ -, new for each confirmation; resent unchanged on a retry")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey) {
        if (idempotencyKey == null
                || !PlanConfirmation.KEY.matcher(idempotencyKey).matches()) {
            throw ApiProblem.badRequest(
                    "idempotency_key_required",
                    "A confirmation needs an Idempotency-Key header of 1 to 64 letters, digits, '_' or '-'.");
        }
        return confirmations.confirm(tenant, id, idempotencyKey);
    }

    @Operation(summary = "Withdraw a PLANNED plan (409 from any other state)")
    @PostMapping({"/api/operations/{id}/cancel/", "/api/operations/{id}/cancel"})
    PlanView cancelPlan(Tenant tenant, @PathVariable @Positive long id) {
        return plans.cancel(tenant, id);
    }
}
