package dev.robson.server.planning;

import dev.robson.core.market.Symbol;
import dev.robson.core.planning.EntryPlan;
import dev.robson.core.planning.PlanStatus;
import dev.robson.core.planning.PlanTerms;
import dev.robson.server.auth.Tenant;
import dev.robson.server.operations.OperationView;
import dev.robson.server.operations.PlannedOperations;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Plans where the operations API lists and shows operations: the planned quantity, nothing
 * entered yet, E as the entry price, the plan's stop and estimated target. An ACTIVE plan is an
 * ordinary operation and is shown as one.
 */
@Component
class PendingPlanViews implements PlannedOperations {

    private final EntryPlanRepository plans;

    PendingPlanViews(EntryPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Optional<OperationView> view(Tenant tenant, long operationId) {
        return plans.find(tenant.tenantId(), operationId)
                .filter(stored -> stored.plan().status() != PlanStatus.ACTIVE)
                .map(PendingPlanViews::asOperation);
    }

    @Override
    public List<OperationView> pending(Tenant tenant, int limit, Long beforeNumber) {
        return plans.pending(tenant.tenantId(), limit, beforeNumber).stream()
                .map(PendingPlanViews::asOperation)
                .toList();
    }

    private static OperationView asOperation(StoredPlan stored) {
        EntryPlan plan = stored.plan();
        PlanTerms terms = plan.terms();
        Symbol symbol = terms.symbol();
        BigDecimal quantity = plan.orderQuantity() != null
                ? plan.orderQuantity().value()
                : terms.quantity().value();
        return new OperationView(
                stored.number(),
                symbol.name(),
                terms.side().name(),
                terms.side().positionLabel(),
                symbol.roundQuantity(quantity),
                symbol.roundQuantity(BigDecimal.ZERO),
                symbol.roundPrice(terms.entryReference().value()),
                symbol.roundPrice(terms.stopLoss().value()),
                symbol.roundPrice(terms.takeProfitEstimate().value()),
                plan.status().name(),
                null,
                null,
                null,
                symbol.roundQuoteAmount(BigDecimal.ZERO),
                List.of(),
                null,
                symbol.status(),
                symbol.quote().code(),
                plan.createdAt().truncatedTo(ChronoUnit.SECONDS),
                null,
                null);
    }
}
