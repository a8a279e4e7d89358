package dev.robson.server.portfolio;

import dev.robson.server.auth.Tenant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PositionsController {

    private final PositionService positions;

    PositionsController(PositionService positions) {
        this.positions = positions;
    }

    @GetMapping({"/api/portfolio/positions/", "/api/portfolio/positions"})
    PositionsResponse positions(Tenant tenant) {
        return positions.openPositions(tenant);
    }
}
