package dev.robson.server.closing;

/** The exchange refused the order outright; nothing was executed. */
public class OrderRejected extends RuntimeException {

    public OrderRejected(String message) {
        super(message, null, false, false);
    }
}
