package dev.robson.core.planning.sizing;

import java.util.Objects;

/** No size passes the exchange's minimums or the account's cash; the code is stable (422). */
public record SizingRefusal(String code, String message) implements SizingOutcome {

    /** The cash, not the risk, is short: even the smallest order cannot be paid for. */
    public static final String INSUFFICIENT_BALANCE = "insufficient_balance";
    /** The risk allowance buys less than the exchange's minimum quantity. */
    public static final String BELOW_MIN_QUANTITY = "below_min_quantity";
    /** The entry would be worth less than the exchange's minimum notional. */
    public static final String BELOW_MIN_NOTIONAL = "below_min_notional";
    /** What the stop could sell, at the stop's fill, is below the minimum notional: it could never fill. */
    public static final String EXIT_BELOW_MIN_NOTIONAL = "exit_below_min_notional";
    /** What is left after the fee is below the smallest MARKET sell: the stop could never fill. */
    public static final String EXIT_BELOW_MIN_QUANTITY = "exit_below_min_quantity";
    /** E_max (the LIMIT IOC price) or the stop is outside PRICE_FILTER's bounds: the exchange would refuse it. */
    public static final String PRICE_OUTSIDE_FILTER = "price_outside_filter";

    public SizingRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
