package dev.robson.server.closing;

import java.util.Optional;

/** Where close orders go: the paper book, or the exchange with the tenant's keys. */
public interface OrderExecutor {

    /**
     * @throws OrderOutcomeUnknown when the order's fate cannot be known now
     * @throws OrderRejected       when the exchange refused it (nothing was executed)
     */
    ExecutionReport submit(CloseOrder order);

    /** The order as the exchange knows it, or empty when it never arrived there. */
    Optional<ExecutionReport> lookup(CloseOrder order);

    /** PAPER or LIVE. */
    String mode();
}
