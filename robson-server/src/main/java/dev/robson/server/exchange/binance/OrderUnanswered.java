package dev.robson.server.exchange.binance;

/**
 * An order was sent and no verdict came back (timeout, lost connection, 5xx, Binance's -1007).
 * It may have filled: never treat this as a failure and never re-send blindly; query the order
 * by its client order id.
 */
public final class OrderUnanswered extends BinanceException {

    private final String symbol;
    private final String clientOrderId;

    public OrderUnanswered(String symbol, String clientOrderId, String message, Throwable cause) {
        super(message, cause);
        this.symbol = symbol;
        this.clientOrderId = clientOrderId;
    }

    public String symbol() {
        return symbol;
    }

    public String clientOrderId() {
        return clientOrderId;
    }
}
