package dev.robson.core.planning.sizing;

import dev.robson.core.CodedWarning;

/** Why a size risks less than the allowance: 1 % is a ceiling, and these are what held it lower. */
public enum SizingWarning implements CodedWarning {
    CASH_CAPPED("the free balance, not the risk allowance, limits the size"),
    MAX_QUANTITY_CAPPED("the exchange's maximum quantity limits the size");

    private final String message;

    SizingWarning(String message) {
        this.message = message;
    }

    @Override
    public String message() {
        return message;
    }
}
