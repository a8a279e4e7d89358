package dev.robson.server.closing;

import dev.robson.core.market.Price;
import dev.robson.core.operation.OrderStatus;
import java.math.BigDecimal;

/** What the exchange says became of an order. {@code averagePrice} is null when nothing filled. */
public record ExecutionReport(String clientOrderId, OrderStatus status, BigDecimal executedQuantity,
        Price averagePrice) {

    boolean isFinal() {
        return status != OrderStatus.NEW && status != OrderStatus.PARTIALLY_FILLED;
    }
}
