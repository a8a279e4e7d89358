package dev.robson.cli.api;

import java.math.BigDecimal;

/** One row of {@code /api/portfolio/history/}: a closed operation with its realized P&amp;L. */
public record ClosedTrade(
        long operationId,
        String symbol,
        String direction,
        BigDecimal quantity,
        BigDecimal entryPrice,
        @Nullable BigDecimal exitPrice,
        BigDecimal realizedPnl,
        BigDecimal realizedPnlNet,
        @Nullable String closeReason,
        String quoteAsset,
        String closedAt,
        long durationSeconds) {}
