package dev.robson.server.alerts;

import dev.robson.server.events.EventSink;
import dev.robson.server.events.OperationEvent;
import dev.robson.server.events.OperationEventView;
import dev.robson.server.symbols.SymbolCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each event from the outbox into one delivery per target of its tenant that wants it,
 * inside the relay's transaction, claimed by this replica; once that commits they go straight to
 * this replica's sender, with no claim round and no poll in between. The payload is the
 * event as the API shows it (GET /api/events/), so a webhook receiver reads the same fields.
 */
final class AlertFanOut implements EventSink {

    private final AlertTargets targets;
    private final AlertDeliveries deliveries;
    private final SymbolCatalog symbols;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration lease;
    private volatile Consumer<String> handOver = claim -> {};

    AlertFanOut(
            AlertTargets targets,
            AlertDeliveries deliveries,
            SymbolCatalog symbols,
            JsonMapper json,
            Clock clock,
            Duration lease) {
        this.targets = targets;
        this.deliveries = deliveries;
        this.symbols = symbols;
        this.json = json;
        this.clock = clock;
        this.lease = lease;
    }

    /** Who sends the deliveries of a claim once the transaction that wrote them commits. */
    void onCommit(Consumer<String> handOver) {
        this.handOver = handOver;
    }

    @Override
    public void take(List<OperationEvent> events) {
        boolean added = false;
        String claim = UUID.randomUUID().toString();
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
                            tenant.getKey(),
                            target.id(),
                            event.id(),
                            event.event(),
                            payload,
                            clock.instant(),
                            claim,
                            lease);
                }
            }
        }
        if (added) {
            Consumer<String> send = handOver;
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        send.accept(claim);
                    }
                });
            } else {
                send.accept(claim);
            }
        }
    }
}
