package dev.robson.server.events;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event of a tenant's operation as the event flow carries it: the audit trail's entry plus
 * what a trader's screen or an alert needs without another read.
 *
 * @param id              the outbox row's id: increasing, so a client resumes after the last it saw
 * @param operationNumber the operation's number as the tenant's API shows it (#1, #2, …)
 * @param closeReason     STOP_LOSS, TAKE_PROFIT or MANUAL once the operation is closing
 * @param realizedPnl     gross realized P&amp;L, on CLOSED events only, at full precision
 * @param realizedPnlNet  realized P&amp;L net of fees, on CLOSED events only
 */
public record OperationEvent(
        long id,
        long tenantId,
        long operationNumber,
        String symbol,
        String event,
        @Nullable String detail,
        @Nullable String closeReason,
        @Nullable BigDecimal realizedPnl,
        @Nullable BigDecimal realizedPnlNet,
        Instant occurredAt) {

    /** The events a trader is told about at once: the position is gone, or a person has to look. */
    public boolean noteworthy() {
        return "CLOSED".equals(event) || "NEEDS_ATTENTION".equals(event);
    }
}
