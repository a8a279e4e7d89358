package dev.robson.server.performance;

import dev.robson.core.market.Symbol;
import dev.robson.core.performance.ClosedTrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** A closed operation in the history, rounded for output per its symbol's filters. */
record HistoryEntryView(
        long operationId,
        String symbol,
        String side,
        String direction,
        BigDecimal quantity,
        BigDecimal entryPrice,
        @Nullable BigDecimal exitPrice,
        BigDecimal realizedPnl,
        BigDecimal realizedPnlNet,
        BigDecimal fees,
        @Nullable String closeReason,
        String quoteAsset,
        Instant openedAt,
        Instant closedAt,
        long durationSeconds) {

    static HistoryEntryView of(ClosedTrade trade, Symbol symbol) {
        return new HistoryEntryView(
                trade.operationId(),
                trade.symbol(),
                trade.side().name(),
                trade.side().positionLabel(),
                symbol.roundQuantity(trade.quantity()),
                symbol.roundPrice(trade.entryPrice()),
                trade.exitPrice() == null ? null : symbol.roundPrice(trade.exitPrice()),
                symbol.roundQuoteAmount(trade.realizedPnl()),
                symbol.roundQuoteAmount(trade.realizedPnlNet()),
                symbol.roundQuoteAmount(trade.fees()),
                trade.closeReason() == null ? null : trade.closeReason().name(),
                trade.quoteAsset().code(),
                trade.openedAt().truncatedTo(ChronoUnit.SECONDS),
                trade.closedAt().truncatedTo(ChronoUnit.SECONDS),
                trade.held().toSeconds());
    }
}
