package dev.robson.server.operations;

import dev.robson.core.operation.OperationStatus;
import dev.robson.server.auth.Tenant;
import dev.robson.server.problem.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/operations")
class OperationController {

    private final Operations operations;

    OperationController(Operations operations) {
        this.operations = operations;
    }

    record OperationList(List<OperationView> operations) {
    }

    @GetMapping({"", "/"})
    OperationList list(Tenant tenant, @RequestParam(defaultValue = "active") String status) {
        var listed = operations.list(tenant, parseStatus(status));
        var attention = operations.attention(tenant, listed.stream().map(o -> o.id()).toList());
        return new OperationList(listed.stream().map(o -> OperationView.of(o, attention.get(o.id()))).toList());
    }

    @GetMapping({"/{id}", "/{id}/"})
    OperationView get(Tenant tenant, @PathVariable @Positive long id) {
        return OperationView.of(operations.get(tenant, id), operations.attention(tenant, List.of(id)).get(id));
    }

    @PostMapping({"", "/"})
    ResponseEntity<OperationView> track(Tenant tenant, @Valid @RequestBody TrackOperationRequest request) {
        OperationView tracked = OperationView.of(operations.track(tenant, request));
        return ResponseEntity.created(URI.create("/api/operations/" + tracked.operationId() + "/")).body(tracked);
    }

    @PatchMapping({"/{id}", "/{id}/"})
    OperationView moveProtection(Tenant tenant, @PathVariable @Positive long id,
            @Valid @RequestBody MoveProtectionRequest request) {
        return OperationView.of(operations.moveProtection(tenant, id, request));
    }

    private static OperationStatus parseStatus(String status) {
        try {
            return OperationStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.badRequest("invalid_status", "status is one of active, closing, closed.");
        }
    }
}
