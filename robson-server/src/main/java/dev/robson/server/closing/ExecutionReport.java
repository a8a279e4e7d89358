package dev.robson.server.closing;

import dev.robson.core.market.Price;
import dev.robson.core.operation.OrderStatus;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the exchange says became of an order. {@code averagePrice} is null when nothing filled.
 *
 * @param quoteQuantity the exact quote amount traded so far, or null when the exchange did not say
 * @param fills         each trade with its commission; cumulative like the rest of the report
 * @param identity      what the exchange says the order was, to check it is the one we sent;
 *                      null when the executor cannot tell (paper)
 */
public record ExecutionReport(
        String clientOrderId,
        OrderStatus status,
        BigDecimal executedQuantity,
        Price averagePrice,
        BigDecimal quoteQuantity,
        List<ReportedFill> fills,
        Identity identity) {

    public ExecutionReport {
        fills = List.copyOf(fills);
    }

    public ExecutionReport(String clientOrderId, OrderStatus status, BigDecimal executedQuantity, Price averagePrice) {
        this(clientOrderId, status, executedQuantity, averagePrice, null, List.of(), null);
    }

    /** The order as the exchange describes it: symbol, side, quantity asked for, and when it was placed. */
    public record Identity(String symbol, Side side, BigDecimal originalQuantity, Instant placedAt) {}

    /** One trade of the order and the commission it paid. */
    public record ReportedFill(
            long tradeId, BigDecimal price, BigDecimal quantity, BigDecimal commission, String commissionAsset) {}

    boolean isFinal() {
        return status != OrderStatus.NEW && status != OrderStatus.PARTIALLY_FILLED;
    }
}
