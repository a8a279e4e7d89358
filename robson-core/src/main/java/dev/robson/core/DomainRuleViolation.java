package dev.robson.core;

import java.util.Objects;

/**
 * A trading rule broken by something the user asked for. The {@link #code()} is stable so the
 * server can hand it to clients unchanged, while the message stays free to improve.
 */
public final class DomainRuleViolation extends RuntimeException {

    public static final String INVALID_SIDE = "invalid_side";
    public static final String INVALID_QUANTITY = "invalid_quantity";
    public static final String INVALID_PRICE = "invalid_price";
    /** A price outside the symbol's PRICE_FILTER bounds: no order could ever carry it. */
    public static final String PRICE_OUTSIDE_FILTER = "price_outside_filter";

    public static final String INVALID_PROTECTION = "invalid_protection";
    public static final String ILLEGAL_TRANSITION = "illegal_transition";

    private static final long serialVersionUID = 1L;

    private final String code;

    public DomainRuleViolation(String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a rule violation needs a machine code");
        }
        this.code = code;
    }

    /**
     * A lifecycle move the subject's status does not allow, worded alike for operations and plans:
     * "cannot {action} {subject} while {status}; it must be {required}".
     */
    public static DomainRuleViolation illegalTransition(
            String action, String subject, Enum<?> status, Enum<?> required) {
        return new DomainRuleViolation(
                ILLEGAL_TRANSITION,
                "cannot " + action + " " + subject + " while " + status + "; it must be " + required);
    }

    public String code() {
        return code;
    }
}
