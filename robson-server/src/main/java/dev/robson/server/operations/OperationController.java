package dev.robson.server.operations;

import dev.robson.core.operation.OperationStatus;
import dev.robson.server.auth.Tenant;
import dev.robson.server.problem.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/operations")
class OperationController {

    private final OperationService operations;
    private final PlannedOperations plans;

    OperationController(OperationService operations, PlannedOperations plans) {
        this.operations = operations;
        this.plans = plans;
    }

    /** The status that lists pending entry plans (PLANNED, ENTERING) instead of operations. */
    static final String PLANNED = "planned";

    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 500;

    /** @param nextBefore pass as {@code before} to read the next (older) page; absent on the last */
    record OperationList(
            List<OperationView> operations, @Nullable Long nextBefore) {}

    /** Newest first, a page at a time: closed history only grows. {@code planned}: the pending entry plans. */
    @GetMapping({"", "/"})
    OperationList list(
            Tenant tenant,
            @RequestParam(defaultValue = "active") String status,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE) @Min(1) @Max(MAX_PAGE) int limit,
            @RequestParam(required = false) @Positive Long before) {
        if (PLANNED.equalsIgnoreCase(status)) {
            List<OperationView> pending = plans.pending(tenant, limit, before);
            return new OperationList(
                    pending, pending.size() == limit ? pending.getLast().operationId() : null);
        }
        var listed = operations.list(tenant, parseStatus(status), limit, before);
        var attention =
                operations.attention(tenant, listed.stream().map(o -> o.id()).toList());
        Long nextBefore = listed.size() == limit ? listed.getLast().number() : null;
        return new OperationList(
                listed.stream()
                        .map(o -> OperationView.of(o, attention.get(o.id())))
                        .toList(),
                nextBefore);
    }

    @GetMapping({"/{id}", "/{id}/"})
    OperationView get(Tenant tenant, @PathVariable @Positive long id) {
        Optional<OperationView> plan = plans.view(tenant, id);
        if (plan.isPresent()) {
            return plan.get();
        }
        return OperationView.of(
                operations.get(tenant, id),
                operations.attention(tenant, List.of(id)).get(id));
    }

    @PostMapping({"", "/"})
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OperationView> track(Tenant tenant, @Valid @RequestBody TrackOperationRequest request) {
        OperationView tracked = OperationView.of(operations.track(tenant, request));
        return ResponseEntity.created(URI.create("/api/operations/" + tracked.operationId() + "/"))
                .body(tracked);
    }

    @PatchMapping({"/{id}", "/{id}/"})
    OperationView moveProtection(
            Tenant tenant, @PathVariable @Positive long id, @Valid @RequestBody MoveProtectionRequest request) {
        return OperationView.of(operations.moveProtection(tenant, id, request));
    }

    private static OperationStatus parseStatus(String status) {
        try {
            return OperationStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.badRequest("invalid_status", "status is one of active, closing, closed, planned.");
        }
    }
}
