package dev.robson.core.operation;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an order on the exchange actually did. The executed quantity may be zero (an order that
 * never traded), which is why it is not a {@link Quantity}.
 */
public record OrderExecution(
        OrderPurpose purpose,
        OrderStatus status,
        BigDecimal executedQuantity,
        Price averagePrice,
        Instant executedAt,
        String clientOrderId) {

    public OrderExecution {
        if (purpose == null || status == null || executedQuantity == null || executedAt == null) {
            throw new IllegalArgumentException("order execution needs purpose, status, executed quantity and time");
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
        return new OrderExecution(OrderPurpose.ENTRY, OrderStatus.FILLED, requireQuantity(quantity).value(),
                price, executedAt, null);
    }

    public static OrderExecution filledExit(Quantity quantity, Price price, Instant executedAt, String clientOrderId) {
        return new OrderExecution(OrderPurpose.EXIT, OrderStatus.FILLED, requireQuantity(quantity).value(),
                price, executedAt, clientOrderId);
    }

    boolean isFilledEntry() {
        return purpose == OrderPurpose.ENTRY && status == OrderStatus.FILLED;
    }

    boolean isExit() {
        return purpose == OrderPurpose.EXIT;
    }

    private static Quantity requireQuantity(Quantity quantity) {
        if (quantity == null) {
            throw new IllegalArgumentException("quantity must not be null");
        }
        return quantity;
    }
}
