package dev.robson.core.operation;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an order on the exchange actually did. The executed quantity may be zero (an order that
 * never traded), which is why it is not a {@link Quantity}.
 *
 * @param quoteQuantity the exact quote amount traded (Binance's cummulativeQuoteQty), or null
 *                      when only the average is known; P&amp;L uses it so that a 34-digit average
 *                      never has to be multiplied back
 * @param fee           the commission the order paid
 */
public record OrderExecution(
        OrderPurpose purpose,
        OrderStatus status,
        BigDecimal executedQuantity,
        Price averagePrice,
        Instant executedAt,
        String clientOrderId,
        BigDecimal quoteQuantity,
        Fee fee) {

    public OrderExecution(
            OrderPurpose purpose,
            OrderStatus status,
            BigDecimal executedQuantity,
            Price averagePrice,
            Instant executedAt,
            String clientOrderId) {
        this(purpose, status, executedQuantity, averagePrice, executedAt, clientOrderId, null, Fee.NONE);
    }

    public OrderExecution {
        if (purpose == null || status == null || executedQuantity == null || executedAt == null || fee == null) {
            throw new IllegalArgumentException(
                    "order execution needs purpose, status, executed quantity, time and fee");
        }
        if (executedQuantity.signum() < 0) {
            throw new IllegalArgumentException(
                    "executed quantity must not be negative, got " + executedQuantity.toPlainString());
        }
        if (averagePrice == null && executedQuantity.signum() > 0) {
            throw new IllegalArgumentException(
                    "an execution of " + executedQuantity.toPlainString() + " needs an average price");
        }
    }

    public static OrderExecution filledEntry(Quantity quantity, Price price, Instant executedAt) {
        return filledEntry(quantity, price, executedAt, Fee.NONE);
    }

    public static OrderExecution filledEntry(Quantity quantity, Price price, Instant executedAt, Fee fee) {
        return filled(OrderPurpose.ENTRY, quantity, price, executedAt, null, fee);
    }

    /** The quote amount traded: exact when the exchange said it, else average × quantity. */
    public BigDecimal tradedQuote() {
        if (quoteQuantity != null) {
            return quoteQuantity;
        }
        return executedQuantity.signum() == 0
                ? BigDecimal.ZERO
                : averagePrice.value().multiply(executedQuantity);
    }

    /** The same order as a later, fuller report of it shows it. */
    public OrderExecution reported(
            OrderStatus newStatus, BigDecimal newQuantity, Price newAverage, BigDecimal newQuoteQuantity, Fee newFee) {
        return new OrderExecution(
                purpose, newStatus, newQuantity, newAverage, executedAt, clientOrderId, newQuoteQuantity, newFee);
    }

    public static OrderExecution filledExit(Quantity quantity, Price price, Instant executedAt, String clientOrderId) {
        return filled(OrderPurpose.EXIT, quantity, price, executedAt, clientOrderId, Fee.NONE);
    }

    boolean isFilledEntry() {
        return purpose == OrderPurpose.ENTRY && status == OrderStatus.FILLED;
    }

    boolean isExit() {
        return purpose == OrderPurpose.EXIT;
    }

    /** An order the exchange reported FILLED; its quantity is a {@link Quantity}, so never zero. */
    private static OrderExecution filled(
            OrderPurpose purpose, Quantity quantity, Price price, Instant executedAt, String clientOrderId, Fee fee) {
        if (quantity == null) {
            throw new IllegalArgumentException("quantity must not be null");
        }
        return new OrderExecution(
                purpose, OrderStatus.FILLED, quantity.value(), price, executedAt, clientOrderId, null, fee);
    }
}
