package dev.robson.server.events;

import dev.robson.server.auth.Tenant;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.symbols.SymbolCatalog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's recent operation events: what the push stream's {@code events} channel carries,
 * for a client that polls or that missed some while disconnected.
 */
@RestController
class EventsController {

    static final int MAX_LIMIT = 500;

    private final EventOutbox outbox;
    private final SymbolCatalog symbols;

    EventsController(EventOutbox outbox, SymbolCatalog symbols) {
        this.outbox = outbox;
        this.symbols = symbols;
    }

    record EventPage(List<OperationEventView> events) {}

    @GetMapping({"/api/events/", "/api/events"})
    @io.swagger.v3.oas.annotations.Operation(
            summary = "The caller's operation events after an id (or the latest), oldest first: what the push"
                    + " stream's events channel carries")
    EventPage recentEvents(
            Tenant tenant,
            @RequestParam(name = "after", required = false) Long after,
            @RequestParam(name = "limit", defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.badRequest("invalid_limit", "limit is 1 to " + MAX_LIMIT + ".");
        }
        if (after != null && after < 0) {
            throw ApiProblem.badRequest("invalid_after", "after is the id of an event seen, 0 or more.");
        }
        var events =
                after == null ? outbox.latest(tenant.tenantId(), limit) : outbox.after(tenant.tenantId(), after, limit);
        return new EventPage(
                events.stream().map(e -> OperationEventView.of(e, symbols)).toList());
    }
}
