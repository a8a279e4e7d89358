package dev.robson.server.closing;

/**
 * The exchange refused to say what became of an order because of the key (revoked, IP not
 * allowed, no permission). Asking again will not help: a person must look at once.
 */
public class OrderLookupRefused extends RuntimeException {

    public OrderLookupRefused(String message) {
        super(message, null, false, false);
    }
}
