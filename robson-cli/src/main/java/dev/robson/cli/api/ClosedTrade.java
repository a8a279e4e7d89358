package dev.robson.cli.api;

import java.math.BigDecimal;

/** One row of {@code /api/portfolio/history/}: a closed operation with its realized P&amp;L. */
public record ClosedTrade(
        long operationId,
        String symbol,
        String direction,
        BigDecimal quantity,
        BigDecimal entryPrice,
        BigDecimal exitPrice,
        BigDecimal realizedPnl,
        BigDecimal realizedPnlNet,
        String closeReason,
        String quoteAsset,
        String closedAt,
        long durationSeconds) {

    static ClosedTrade from(JsonObject json) {
        return new ClosedTrade(
                json.whole("operation_id"),
                json.text("symbol"),
                json.text("direction"),
                json.decimal("quantity"),
                json.decimal("entry_price"),
                json.optionalDecimal("exit_price").orElse(null),
                json.decimal("realized_pnl"),
                json.decimal("realized_pnl_net"),
                json.optionalText("close_reason").orElse(null),
                json.text("quote_asset"),
                json.text("closed_at"),
                json.whole("duration_seconds"));
    }
}
