package dev.robson.server.portfolio;

import dev.robson.core.valuation.PositionValuation;
import dev.robson.server.auth.Tenant;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.MoveProtectionRequest;
import dev.robson.server.operations.Operations;
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

    private final Operations operations;
    private final QuoteSource quotes;

    ProtectionPreviewController(Operations operations, QuoteSource quotes) {
        this.operations = operations;
        this.quotes = quotes;
    }

    @Operation(summary = "Preview a stop/target move: the position valued with the new bounds, nothing saved")
    @PostMapping({"/api/operations/{id}/protection-preview", "/api/operations/{id}/protection-preview/"})
    PositionView preview(Tenant tenant, @PathVariable @Positive long id,
            @Valid @RequestBody MoveProtectionRequest request) {
        var moved = operations.previewProtection(tenant, id, request);
        MarketQuote quote = quotes.quote(moved.symbol());
        return PositionView.of(PositionValuation.of(moved, quote.quote()), quote);
    }
}
