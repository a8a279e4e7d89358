package dev.robson.core;

import java.util.Locale;

/**
 * Something the trader should read before confirming, kept as an enum constant whose name is the
 * stable wire code in lower case ({@code CASH_CAPPED} is {@code cash_capped}), so the code cannot
 * drift from the constant; the message stays free to improve.
 */
public interface CodedWarning {

    /** The enum constant's name; every implementation is an enum. */
    String name();

    String message();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
