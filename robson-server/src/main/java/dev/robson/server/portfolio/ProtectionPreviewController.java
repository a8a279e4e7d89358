package dev.robson.server.portfolio;

import dev.robson.server.auth.Tenant;
import dev.robson.server.operations.MoveProtectionRequest;
import dev.robson.server.operations.OperationService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The position as it would stand with a new stop and/or target: the same checks as the move,
 * nothing saved. The dashboard shows the new distances and risk from it before the trader saves.
 */
@RestController
class ProtectionPreviewController {

    private final OperationService operations;
    private final PositionService positions;

    ProtectionPreviewController(OperationService operations, PositionService positions) {
        this.operations = operations;
        this.positions = positions;
    }

    @Operation(summary = "Preview a stop/target move: the position valued with the new bounds, nothing saved")
    @PostMapping({"/api/operations/{id}/protection-preview", "/api/operations/{id}/protection-preview/"})
    PositionView preview(
            Tenant tenant, @PathVariable @Positive long id, @Valid @RequestBody MoveProtectionRequest request) {
        return positions.view(tenant, operations.previewProtection(tenant, id, request));
    }
}
