package dev.robson.cli.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One operation as {@code /api/operations/} shows it. The server omits null fields, so the
 * close reason, realized P&L and close time are null until the operation is CLOSED.
 * {@code quantity} is what is still open (zero once closed); {@code entryQuantity} what was bought or sold.
 * {@code fees} lists the fees per asset charged (empty from servers that do not send them).
 */
public record Operation(
        long operationId,
        String symbol,
        String side,
        @Nullable String direction,
        BigDecimal quantity,
        @Nullable BigDecimal entryQuantity,
        BigDecimal entryPrice,
        BigDecimal stopLoss,
        BigDecimal takeProfit,
        String status,
        @Nullable String closeReason,
        @Nullable BigDecimal realizedPnl,
        @Nullable String quoteAsset,
        @Nullable String openedAt,
        @Nullable String closedAt,
        @Nullable BigDecimal realizedPnlNet,
        @Nullable BigDecimal feesPaid,
        List<OperationFee> fees,
        @Nullable String attention) {

    /** An older server sends no direction: the side names it. */
    public Operation {
        direction = direction != null ? direction : Sides.direction(side);
    }

    /** What a trader calls the operation's size: the open quantity, or the filled entry once closed. */
    public BigDecimal size() {
        return quantity.signum() == 0 && entryQuantity != null ? entryQuantity : quantity;
    }
}
