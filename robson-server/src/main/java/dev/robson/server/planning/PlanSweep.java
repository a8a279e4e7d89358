package dev.robson.server.planning;

import dev.robson.core.planning.EntryPlan;
import dev.robson.core.planning.PlanStatus;
import dev.robson.server.closing.ClosingProperties;
import dev.robson.server.closing.OperationEventKind;
import dev.robson.server.closing.OperationEventLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every few seconds on every replica: marks PLANNED plans past their time to live EXPIRED
 * (a conditional move, so of several replicas exactly one does it and records the event), and
 * looks up entry orders whose answer was lost. A plan past its time to live reserves no budget
 * even before the sweep reaches it, and a confirmation finds it expired either way.
 */
@Component
class PlanSweep {

    /** A sent entry still PENDING after this long was sent by a process that died before recording it. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(PlanSweep.class);

    private final EntryPlanRepository plans;
    private final EntryOrderPath entries;
    private final OperationEventLog events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration settlingTime;

    PlanSweep(
            EntryPlanRepository plans,
            EntryOrderPath entries,
            OperationEventLog events,
            TransactionTemplate transaction,
            Clock clock,
            ClosingProperties closing) {
        this.plans = plans;
        this.entries = entries;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.settlingTime = closing.settlingTime();
    }

    /** One pass; each plan in its own failure boundary. Answers how many plans it expired. */
    int sweep() {
        Instant now = clock.instant();
        int expired = 0;
        for (EntryPlanRepository.Due due : plans.dueToExpire(now, BATCH)) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> expire(due, now)))) {
                    expired++;
                }
            } catch (RuntimeException failure) {
                log.warn(
                        "Expiring plan {} failed ({}); the next sweep retries",
                        due.operationId(),
                        failure.getClass().getSimpleName());
            }
        }
        List<EntryPlanRepository.Due> unanswered = plans.unanswered(
                now.minus(settlingTime), now.minus(ABANDONED_AFTER), EntryOrderPath.MAX_LOOKUPS, BATCH);
        for (EntryPlanRepository.Due due : unanswered) {
            try {
                entries.followUp(due.tenantId(), due.operationId());
            } catch (RuntimeException failure) {
                log.warn(
                        "Follow-up of entry {} failed ({}); the next sweep retries",
                        due.operationId(),
                        failure.getClass().getSimpleName());
            }
        }
        return expired;
    }

    private boolean expire(EntryPlanRepository.Due due, Instant now) {
        StoredPlan stored = plans.find(due.tenantId(), due.operationId()).orElse(null);
        if (stored == null || stored.plan().status() != PlanStatus.PLANNED) {
            return false;
        }
        EntryPlan plan = stored.plan();
        plan.expire(now);
        if (!plans.move(due.tenantId(), due.operationId(), PlanStatus.PLANNED, PlanStatus.EXPIRED, null, null)) {
            return false;
        }
        events.record(
                due.tenantId(),
                due.operationId(),
                now,
                OperationEventKind.EXPIRED,
                "not confirmed by " + plan.expiresAt());
        return true;
    }
}
