package dev.robson.core.performance;

import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.OrderPurpose;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** The quantity-weighted average price of an operation's fills for one purpose (entry or exit). */
public final class FillAverage {

    private FillAverage() {}

    /** @return null when no order of that purpose traded anything */
    public static BigDecimal of(List<OrderExecution> orders, OrderPurpose purpose) {
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (OrderExecution order : orders) {
            if (order.purpose() == purpose && order.executedQuantity().signum() > 0) {
                quantity = quantity.add(order.executedQuantity());
                cost = cost.add(order.averagePrice().value().multiply(order.executedQuantity()));
            }
        }
        return quantity.signum() == 0 ? null : cost.divide(quantity, MathContext.DECIMAL128);
    }
}
