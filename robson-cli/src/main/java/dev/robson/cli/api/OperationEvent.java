package dev.robson.cli.api;

import java.math.BigDecimal;

/**
 * One event of an operation, as {@code GET /api/events/} and the push stream's {@code events}
 * channel carry it. {@code operationId} is the tenant's operation number; {@code quoteAsset} is
 * null when the answer names none (the printer then reads it from the symbol).
 */
public record OperationEvent(
        long id,
        long operationId,
        String symbol,
        String event,
        String detail,
        String reason,
        BigDecimal realizedPnl,
        BigDecimal realizedPnlNet,
        String occurredAt,
        String quoteAsset) {

    static OperationEvent from(JsonObject json) {
        return new OperationEvent(
                json.whole("id"),
                json.whole("operation_id"),
                json.text("symbol"),
                json.text("event"),
                json.optionalText("detail").orElse(null),
                json.optionalText("reason").orElse(null),
                json.optionalDecimal("realized_pnl").orElse(null),
                json.optionalDecimal("realized_pnl_net").orElse(null),
                json.optionalText("occurred_at").orElse(null),
                json.optionalText("quote_asset").orElse(null));
    }
}
