package dev.robson.server.closing;

/**
 * The order may or may not have reached the exchange (timeout, 5xx, Binance -1007). It must
 * be looked up by client order id before anything is sent again.
 */
public class OrderOutcomeUnknown extends RuntimeException {

    public OrderOutcomeUnknown(String message) {
        super(message, null, false, false);
    }
}
