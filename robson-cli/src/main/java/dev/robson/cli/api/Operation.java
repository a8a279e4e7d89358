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
        String direction,
        BigDecimal quantity,
        BigDecimal entryQuantity,
        BigDecimal entryPrice,
        BigDecimal stopLoss,
        BigDecimal takeProfit,
        String status,
        String closeReason,
        BigDecimal realizedPnl,
        String quoteAsset,
        String openedAt,
        String closedAt,
        BigDecimal realizedPnlNet,
        BigDecimal feesPaid,
        List<OperationFee> fees,
        String attention) {

    static Operation from(JsonObject json) {
        String side = json.text("side");
        String symbol = json.text("symbol");
        return new Operation(
                json.whole("operation_id"),
                symbol,
                side,
                json.optionalText("direction").orElse(Sides.direction(side)),
                json.decimal("quantity"),
                json.optionalDecimal("entry_quantity").orElse(null),
                json.decimal("entry_price"),
                json.decimal("stop_loss"),
                json.decimal("take_profit"),
                json.text("status"),
                json.optionalText("close_reason").orElse(null),
                json.optionalDecimal("realized_pnl").orElse(null),
                json.optionalText("quote_asset").orElse(null),
                json.optionalText("opened_at").orElse(null),
                json.optionalText("closed_at").orElse(null),
                json.optionalDecimal("realized_pnl_net").orElse(null),
                json.optionalDecimal("fees_paid").orElse(null),
                json.objects("fees").stream().map(OperationFee::from).toList(),
                json.optionalText("attention").orElse(null));
    }

    /** What a trader calls the operation's size: the open quantity, or the filled entry once closed. */
    public BigDecimal size() {
        return quantity.signum() == 0 && entryQuantity != null ? entryQuantity : quantity;
    }
}
