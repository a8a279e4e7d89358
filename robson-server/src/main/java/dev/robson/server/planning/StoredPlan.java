package dev.robson.server.planning;

import dev.robson.core.planning.EntryPlan;
import java.time.Instant;

/**
 * A plan as stored: the domain's plan (its id is the operation's storage id), the numbers the
 * tenant knows it and its strategy by, its figures and preview, and where its entry order is.
 *
 * @param failure     why a FAILED plan bought nothing (nothing_filled, entry_rejected, entry_not_placed)
 * @param orderStatus the entry order: PENDING while sent, UNKNOWN when its answer was lost, then
 *                    the exchange's final status; null before confirmation
 * @param orderSentAt when the entry order was written down and sent
 */
record StoredPlan(
        EntryPlan plan,
        long number,
        long strategyNumber,
        PlanFigures figures,
        PlanPreview preview,
        String failure,
        String clientOrderId,
        String orderStatus,
        Instant orderSentAt,
        int lookups) {

    long operationId() {
        return plan.id();
    }

    long tenantId() {
        return plan.tenantId();
    }
}
