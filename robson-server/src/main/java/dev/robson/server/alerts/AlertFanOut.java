package dev.robson.server.alerts;

import dev.robson.server.events.EventSink;
import dev.robson.server.events.OperationEvent;
import dev.robson.server.events.OperationEventView;
import dev.robson.server.symbols.SymbolCatalog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each event from the outbox into one delivery per target of its tenant that wants it,
 * inside the relay's transaction; the sender is woken once that commits. The payload is the
 * event as the API shows it (GET /api/events/), so a webhook receiver reads the same fields.
 */
final class AlertFanOut implements EventSink {

    private final AlertTargets targets;
    private final AlertDeliveries deliveries;
    private final SymbolCatalog symbols;
    private final JsonMapper json;
    private final Clock clock;
    private volatile Runnable wakeUp = () -> {};

    AlertFanOut(AlertTargets targets, AlertDeliveries deliveries, SymbolCatalog symbols, JsonMapper json, Clock clock) {
        this.targets = targets;
        this.deliveries = deliveries;
        this.symbols = symbols;
        this.json = json;
        this.clock = clock;
    }

    void onCommit(Runnable wakeUp) {
        this.wakeUp = wakeUp;
    }

    @Override
    public void take(List<OperationEvent> events) {
        boolean added = false;
        Map<Long, List<OperationEvent>> byTenant =
                events.stream().collect(Collectors.groupingBy(OperationEvent::tenantId));
        for (var tenant : byTenant.entrySet()) {
            List<AlertTarget> wanting = targets.of(tenant.getKey());
            if (wanting.isEmpty()) {
                continue;
            }
            for (OperationEvent event : tenant.getValue()) {
                String payload = null;
                for (AlertTarget target : wanting) {
                    if (!target.wants(event.event())) {
                        continue;
                    }
                    if (payload == null) {
                        payload = json.writeValueAsString(OperationEventView.of(event, symbols));
                    }
                    added |= deliveries.add(
                            tenant.getKey(), target.id(), event.id(), event.event(), payload, clock.instant());
                }
            }
        }
        if (added) {
            Runnable wake = wakeUp;
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        wake.run();
                    }
                });
            } else {
                wake.run();
            }
        }
    }
}
