package dev.robson.core.operation;

/** Order states exactly as Binance reports them, so exchange answers map one to one. */
public enum OrderStatus {
    NEW,
    PARTIALLY_FILLED,
    FILLED,
    CANCELED,
    REJECTED,
    EXPIRED
}
