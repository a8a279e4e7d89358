package dev.robson.core.planning.budget;

import java.util.Objects;

/** Why the month's risk rules refuse a plan; the code is stable. */
public record BudgetRefusal(String code, String message) {

    /** Spot only: a SHORT needs borrowing. */
    public static final String SIDE_NOT_SUPPORTED = "side_not_supported";
    /**
     * The month's realized losses reached its budget: nothing opens until the next month. Kept
     * apart from {@link #MONTHLY_BUDGET_EXHAUSTED}, which clears as soon as an open position closes.
     */
    public static final String MONTH_PAUSED = "month_paused";
    /** Another open operation on the same symbol and side would put twice the exposure behind one stop. */
    public static final String DUPLICATE_POSITION = "duplicate_position";
    /** The plan's risk exceeds what the month has left. */
    public static final String MONTHLY_BUDGET_EXHAUSTED = "monthly_budget_exhausted";

    public BudgetRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
