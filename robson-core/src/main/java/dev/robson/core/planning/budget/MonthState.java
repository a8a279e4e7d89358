package dev.robson.core.planning.budget;

/** Whether the month still takes plans. PAUSED lasts until the next UTC month. */
public enum MonthState {
    ACTIVE,
    PAUSED
}
