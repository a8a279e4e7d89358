package dev.robson.server.closing;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Operation;
import dev.robson.server.auth.Tenant;
import dev.robson.server.operations.OperationService;
import dev.robson.server.operations.OperationView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Closing by hand goes the same way as the stop monitor's close; and the audit trail. */
@RestController
class CloseController {

    private final OperationCloser closer;
    private final CloseResolution resolution;
    private final OperationService operations;
    private final OperationEventLog events;

    CloseController(
            OperationCloser closer, CloseResolution resolution, OperationService operations, OperationEventLog events) {
        this.closer = closer;
        this.resolution = resolution;
        this.operations = operations;
        this.events = events;
    }

    /** A CLOSING operation's close, tried again now (past the automatic bounds). 409 unless CLOSING. */
    @PostMapping({"/api/operations/{id}/close/retry", "/api/operations/{id}/close/retry/"})
    OperationView retry(Tenant tenant, @PathVariable @Positive long id) {
        return view(tenant, resolution.retry(tenant.tenantId(), id));
    }

    /**
     * A CLOSING operation settled with what the exchange shows: closed outside with the given
     * fills, or back to ACTIVE once the exchange confirms nothing was sold.
     */
    @PostMapping({"/api/operations/{id}/resolve", "/api/operations/{id}/resolve/"})
    OperationView resolve(
            Tenant tenant, @PathVariable @Positive long id, @Valid @RequestBody ResolveCloseRequest request) {
        return view(tenant, resolution.resolve(tenant.tenantId(), id, request));
    }

    private OperationView view(Tenant tenant, Operation operation) {
        return OperationView.of(
                operation, operations.attention(tenant, List.of(operation.id())).get(operation.id()));
    }

    @PostMapping({"/api/operations/{id}/close", "/api/operations/{id}/close/"})
    OperationView close(Tenant tenant, @PathVariable @Positive long id) {
        return view(tenant, closer.close(tenant.tenantId(), id, CloseReason.MANUAL));
    }

    record EventList(List<OperationEventLog.Event> events) {}

    @GetMapping({"/api/operations/{id}/events", "/api/operations/{id}/events/"})
    EventList events(Tenant tenant, @PathVariable @Positive long id) {
        // An operation the tenant does not have never gets here: its number is 404 in
        // OperationNumberInterceptor. Entry plans have events too, and no position to read.
        return new EventList(events.of(tenant.tenantId(), id));
    }
}
