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
        @Nullable String detail,
        @Nullable String reason,
        @Nullable BigDecimal realizedPnl,
        @Nullable BigDecimal realizedPnlNet,
        @Nullable String occurredAt,
        @Nullable String quoteAsset) {}
