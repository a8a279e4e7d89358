package dev.robson.server.operations;

import dev.robson.server.auth.Tenant;
import java.util.List;
import java.util.Optional;

/**
 * OperationService that are still entry plans (PLANNED, ENTERING, or ended without buying): they hold
 * no position yet, so the operation lifecycle does not read them; entry planning (in
 * {@code planning/}) shows them where the operations API lists and shows operations.
 */
public interface PlannedOperations {

    /** The plan stored as this operation, as an operation view; empty when it is not a plan. */
    Optional<OperationView> view(Tenant tenant, long operationId);

    /** The tenant's pending plans (PLANNED, ENTERING), newest first, numbers below {@code beforeNumber}. */
    List<OperationView> pending(Tenant tenant, int limit, Long beforeNumber);
}
