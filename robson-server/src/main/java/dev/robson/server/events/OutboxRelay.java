package dev.robson.server.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves events from the outbox to the bus: claim a batch, hand it to the sinks (alerts), publish
 * each event, mark what was published. At least once: a replica that stops between publishing
 * and marking leaves its batch to be claimed and published again when the lease runs out, so a
 * listener may see an event twice (each carries its id). An event the bus cannot take (Redis
 * down) stays unpublished and is retried every round until it can.
 *
 * <p>Every replica runs one; the claim keeps them off each other's rows. A commit that wrote an
 * event wakes this replica's relay at once, so an event is usually on the bus within
 * milliseconds; the periodic round picks up everything else.
 */
@Component
final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final EventOutbox outbox;
    private final EventBus bus;
    private final List<EventSink> sinks;
    private final TransactionTemplate transaction;
    private final EventsProperties settings;
    private final Clock clock;
    private final PollingWorker rounds;
    private final Counter published;
    private final Counter deferred;
    private volatile long pendingSeen;
    private Instant nextPrune = Instant.MIN;
    private boolean failing;

    OutboxRelay(
            EventOutbox outbox,
            EventBus bus,
            List<EventSink> sinks,
            TransactionTemplate transaction,
            EventsProperties settings,
            Clock clock,
            MeterRegistry meters) {
        this.outbox = outbox;
        this.bus = bus;
        this.sinks = sinks;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
        this.rounds = new PollingWorker("outbox-relay", settings.relayEvery(), this::relay, this::roundFailed);
        this.published = Counter.builder("robson.events.published")
                .description("Operation events published to the push bus")
                .register(meters);
        this.deferred = Counter.builder("robson.events.deferred")
                .description("Operation events the bus could not take; they stay in the outbox")
                .register(meters);
        Gauge.builder("robson.events.pending", this, relay -> relay.pendingSeen)
                .description("Unpublished events in the outbox at the last round that found any")
                .register(meters);
        outbox.onCommit(this::wakeUp);
    }

    void wakeUp() {
        rounds.wakeUp();
    }

    @Override
    public void start() {
        rounds.start();
    }

    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }

    /** Batches until the outbox has no full one left, then the hourly prune. */
    private void relay() {
        int moved;
        do {
            moved = round();
        } while (moved == settings.batch() && rounds.isRunning());
        prune();
    }

    private void roundFailed(RuntimeException failure) {
        if (!failing) {
            failing = true;
            log.warn(
                    "Outbox relay round failed ({}); retrying every {}",
                    failure.getClass().getSimpleName(),
                    settings.relayEvery());
        }
    }

    /** One claimed batch, published; answers how many events it held. */
    int round() {
        EventOutbox.Claim claim = outbox.claim(settings.batch(), settings.claimLease(), clock.instant());
        List<OperationEvent> events = claim.events();
        if (events.isEmpty()) {
            pendingSeen = 0;
            return 0;
        }
        try {
            List<OperationEvent> unhanded = claim.unhanded();
            if (!unhanded.isEmpty()) {
                transaction.executeWithoutResult(status -> {
                    sinks.forEach(sink -> sink.take(unhanded));
                    outbox.handed(unhanded, clock.instant());
                });
            }
        } catch (RuntimeException sinkFailed) {
            outbox.release(claim);
            throw sinkFailed;
        }
        List<Long> done = new ArrayList<>();
        for (OperationEvent event : events) {
            if (bus.publish(event)) {
                done.add(event.id());
            } else {
                deferred.increment();
                break; // keep the tenant's order: the rest waits for the bus too
            }
        }
        outbox.published(done, clock.instant());
        published.increment(done.size());
        if (done.size() < events.size()) {
            outbox.release(claim);
            pendingSeen = events.size() - done.size();
        }
        if (failing) {
            failing = false;
            log.info("Outbox relay publishing again");
        }
        return done.size() == events.size() ? events.size() : 0;
    }

    private void prune() {
        Instant now = clock.instant();
        if (now.isBefore(nextPrune)) {
            return;
        }
        nextPrune = now.plus(PRUNE_EVERY);
        int pruned = outbox.prune(now.minus(settings.retention()));
        if (pruned > 0) {
            log.debug("Pruned {} published events", pruned);
        }
    }
}
