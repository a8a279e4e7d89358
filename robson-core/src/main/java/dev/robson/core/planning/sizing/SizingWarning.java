package dev.robson.core.planning.sizing;

/** Why a size risks less than the allowance: 1 % is a ceiling, and these are what held it lower. */
public enum SizingWarning {
    CASH_CAPPED("cash_capped", "the free balance, not the risk allowance, limits the size"),
    MAX_QUANTITY_CAPPED("max_quantity_capped", "the exchange's maximum quantity limits the size");

    private final String code;
    private final String message;

    SizingWarning(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
