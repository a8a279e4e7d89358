package dev.robson.server.portfolio;

import dev.robson.server.auth.Tenant;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PositionsController {

    private final PositionService positions;

    PositionsController(PositionService positions) {
        this.positions = positions;
    }

    /** The body comes written: requests that share a valuation share its JSON too. */
    @GetMapping({"/api/portfolio/positions/", "/api/portfolio/positions"})
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PositionsResponse.class)))
    ResponseEntity<byte[]> positions(Tenant tenant) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(positions.openPositionsBody(tenant));
    }
}
