package dev.robson.core.planning;

/**
 * Where an entry plan is. ACTIVE is the hand-over: from there the operation's own lifecycle
 * (CLOSING, CLOSED) takes over, and the plan no longer changes.
 */
public enum PlanStatus {
    /** Shown to the trader, waiting for a confirmation within its time to live. */
    PLANNED,
    /** Confirmed; the entry order is on its way to the exchange. */
    ENTERING,
    /** Bought, fully or in part: an operation guards it. */
    ACTIVE,
    /** Not confirmed in time. */
    EXPIRED,
    /** Withdrawn by the trader before confirming. */
    CANCELLED,
    /** A guard re-run at confirmation refused it. */
    REJECTED,
    /** The entry order bought nothing. */
    FAILED;

    /** Still reserving its planned risk in the month's budget: not yet bought, not yet given up. */
    public boolean isPending() {
        return this == PLANNED || this == ENTERING;
    }
}
