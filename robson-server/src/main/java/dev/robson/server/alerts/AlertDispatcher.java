package dev.robson.server.alerts;

import dev.robson.server.events.PollingWorker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the due deliveries: at least once, each with its idempotency key, several at a time so
 * a slow or dead receiver holds up only its own. A failed attempt is retried after 1, 2, 4 …
 * times {@code retryBase}, capped at {@code retryMax}, until {@code giveUpAfter} from the event
 * (a day by default); then it is FAILED in the log. A target whose deliveries keep failing is
 * marked failing since the first failure, and cleared by its next success.
 *
 * <p>Every replica runs one; claims with a lease keep them off each other's deliveries. A
 * replica that stops mid-send leaves the claim to expire, and the delivery is sent again (the
 * receiver sees the same key).
 */
final class AlertDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlertDispatcher.class);
    private static final int MAX_DOUBLINGS = 20;

    private final AlertDeliveries deliveries;
    private final AlertTargets targets;
    private final AlertSender sender;
    private final AlertsProperties settings;
    private final Clock clock;
    private final PollingWorker rounds;
    private final Semaphore sending;
    private final Counter delivered;
    private final Counter failedAttempts;
    /** Deliveries this replica has claimed and not yet recorded. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    /** Whether the last round failed, so a failing database is logged once, not every round. */
    private boolean failing;

    AlertDispatcher(
            AlertDeliveries deliveries,
            AlertTargets targets,
            AlertSender sender,
            AlertsProperties settings,
            Clock clock,
            MeterRegistry meters) {
        this.deliveries = deliveries;
        this.targets = targets;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.rounds = new PollingWorker("alert-dispatcher", settings.pollEvery(), this::round, this::roundFailed);
        this.sending = new Semaphore(Math.max(1, settings.parallel()));
        this.delivered = Counter.builder("robson.alerts.delivered")
                .description("Alert deliveries a receiver accepted")
                .register(meters);
        this.failedAttempts = Counter.builder("robson.alerts.failed.attempts")
                .description("Alert delivery attempts that failed (each is retried with backoff)")
                .register(meters);
    }

    /**
     * Sends the deliveries the fan-out just wrote under {@code claim}, now: the normal path of an
     * alert, which waits for neither this sender's round nor its claim query. Called after the
     * commit on the relay's thread, which it must not hold up. A failure here only delays: the
     * claim expires and a round (of any replica) sends them.
     */
    void handOver(String claim) {
        Thread.ofVirtual().name("alert-hand-over").start(() -> {
            try {
                List<AlertDelivery> handed = deliveries.claimedBy(claim);
                if (!rounds.isRunning()) {
                    deliveries.release(handed.stream().map(AlertDelivery::id).toList());
                    return;
                }
                for (AlertDelivery delivery : handed) {
                    inFlight.add(delivery.id());
                    send(delivery);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException failure) {
                log.debug(
                        "Alert hand-over failed ({}); its claim expires and a round sends it",
                        failure.getClass().getSimpleName());
            }
        });
    }

    /** Starts one send once fewer than {@code parallel} are under way. */
    private void send(AlertDelivery delivery) throws InterruptedException {
        sending.acquire();
        Thread.ofVirtual().name("alert-send").start(() -> {
            try {
                attempt(delivery);
            } finally {
                inFlight.remove(delivery.id());
                sending.release();
            }
        });
    }

    /** Sends one delivery now on the caller's thread (the test endpoint), recording the attempt. */
    AlertDelivery sendNow(AlertDelivery delivery) {
        attempt(delivery);
        return deliveries.byId(delivery.id());
    }

    @Override
    public synchronized void start() {
        if (!rounds.isRunning()) {
            failing = false;
            rounds.start();
        }
    }

    /** Lets sends under way finish for a moment, then gives back every claim still held. */
    @Override
    public synchronized void stop() {
        rounds.stop();
        try {
            int all = Math.max(1, settings.parallel());
            if (sending.tryAcquire(all, 2, TimeUnit.SECONDS)) {
                sending.release(all);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            deliveries.release(List.copyOf(inFlight));
        } catch (RuntimeException unreachable) {
            log.warn(
                    "Alert claims not given back ({}); they expire",
                    unreachable.getClass().getSimpleName());
        }
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }

    /** Claims what is due, batch after batch, and starts sending each. */
    private void round() throws InterruptedException {
        List<AlertDelivery> due;
        do {
            due = deliveries.claim(settings.batch(), settings.claimLease(), clock.instant());
            due.forEach(delivery -> inFlight.add(delivery.id()));
            for (AlertDelivery delivery : due) {
                if (!rounds.isRunning()) {
                    break;
                }
                send(delivery);
            }
        } while (due.size() == settings.batch() && rounds.isRunning());
        failing = false;
    }

    private void roundFailed(RuntimeException failure) {
        if (!failing) {
            failing = true;
            log.warn(
                    "Alert delivery round failed ({}); retrying",
                    failure.getClass().getSimpleName());
        }
    }

    private void attempt(AlertDelivery delivery) {
        try {
            Optional<AlertTarget> target = targets.find(delivery.tenantId(), delivery.targetId());
            if (target.isEmpty()) {
                return; // removed meanwhile: its deliveries went with it
            }
            AlertSender.Outcome outcome;
            try {
                outcome =
                        sender.send(targets.open(target.get(), settings.telegramBaseUrl()), delivery, clock.instant());
            } catch (RuntimeException unopenable) {
                outcome = new AlertSender.Outcome(false, null, "the target's secrets cannot be opened on this server");
            }
            Instant now = clock.instant();
            if (outcome.delivered()) {
                deliveries.delivered(delivery.id(), outcome.status(), now);
                targets.succeeded(delivery.targetId(), now);
                delivered.increment();
                return;
            }
            failedAttempts.increment();
            deliveries.failed(delivery.id(), outcome.status(), outcome.error(), now, retryAt(delivery, now));
            targets.failed(delivery.targetId(), now, outcome.error());
        } catch (RuntimeException unexpected) {
            log.warn(
                    "Alert delivery {} could not be recorded ({}); its claim expires and it is retried",
                    delivery.id(),
                    unexpected.getClass().getSimpleName());
        }
    }

    /** When to try again, or null past the give-up time. Test deliveries are not retried. */
    private Instant retryAt(AlertDelivery delivery, Instant now) {
        if (delivery.eventId() == null) {
            return null;
        }
        int doublings = Math.min(delivery.attempts(), MAX_DOUBLINGS);
        Duration delay = settings.retryBase().multipliedBy(1L << doublings);
        if (delay.compareTo(settings.retryMax()) > 0) {
            delay = settings.retryMax();
        }
        Instant next = now.plus(delay);
        return next.isAfter(delivery.createdAt().plus(settings.giveUpAfter())) ? null : next;
    }
}
