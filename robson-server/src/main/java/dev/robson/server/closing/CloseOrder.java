package dev.robson.server.closing;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;

/**
 * A MARKET order that closes (part of) an operation. The client order id is a function of
 * operation and attempt, so a resend after a crash can be matched with what the exchange
 * already has.
 *
 * @param side the order's side: SELL to close a LONG, BUY to close a SHORT
 */
public record CloseOrder(long clientId, long operationId, int attempt, Symbol symbol, Side side, BigDecimal quantity,
        CloseReason reason) {

    public String clientOrderId() {
        return clientOrderId(operationId, attempt);
    }

    /** Binance allows 36 characters of {@code [.A-Z:/a-z0-9_-]}. */
    static String clientOrderId(long operationId, int attempt) {
        return "robson-" + operationId + "-close-" + attempt;
    }
}
