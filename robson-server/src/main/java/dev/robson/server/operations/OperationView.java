package dev.robson.server.operations;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An operation as the API shows it, rounded for output per the symbol's filters, each figure
 * from exact values and rounded once.
 *
 * @param realizedPnl    gross: exits against the entry price, before fees (CLOSED only)
 * @param realizedPnlNet after both legs' fees (CLOSED only)
 * @param feesPaid       every fee paid so far, valued in the quote asset
 * @param fees           the same fees per asset charged, each in its own asset and its quote value
 * @param dustQuantity   what a CLOSED operation left too small to sell (CLOSED only)
 * @param marketStatus   the exchange's status of the symbol: TRADING, BREAK, HALT, NOT_LISTED, …
 */
public record OperationView(
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
        @Nullable String closeReason,
        @Nullable BigDecimal realizedPnl,
        @Nullable BigDecimal realizedPnlNet,
        BigDecimal feesPaid,
        List<FeeView> fees,
        @Nullable BigDecimal dustQuantity,
        String marketStatus,
        String quoteAsset,
        Instant openedAt,
        @Nullable Instant closedAt,
        @Nullable String attention) {

    public static OperationView of(Operation operation) {
        return of(operation, null);
    }

    /** @param attention why a person must look at it (e.g. too small to sell), or null */
    public static OperationView of(Operation operation, String attention) {
        Symbol symbol = operation.symbol();
        boolean closed = operation.status() == OperationStatus.CLOSED;
        return new OperationView(
                operation.number(),
                symbol.name(),
                operation.side().name(),
                operation.side().positionLabel(),
                symbol.roundQuantity(operation.openQuantity()),
                symbol.roundQuantity(operation.entryQuantity()),
                symbol.roundPrice(operation.averageEntryPrice().value()),
                symbol.roundPrice(operation.stopLoss().value()),
                symbol.roundPrice(operation.takeProfit().value()),
                operation.status().name(),
                operation.closeReason() == null ? null : operation.closeReason().name(),
                closed ? symbol.roundQuoteAmount(operation.realizedPnl()) : null,
                closed ? symbol.roundQuoteAmount(operation.realizedNetPnl()) : null,
                symbol.roundQuoteAmount(operation.feesPaid()),
                FeeView.of(symbol, operation.feesByAsset()),
                closed ? exactly(operation.dustQuantity()) : null,
                symbol.status(),
                symbol.quote().code(),
                // Whole seconds: what a trader reads, and what the other timestamps of the API use.
                operation.openedAt().truncatedTo(ChronoUnit.SECONDS),
                operation.closedAt() == null ? null : operation.closedAt().truncatedTo(ChronoUnit.SECONDS),
                attention);
    }

    private static BigDecimal exactly(BigDecimal quantity) {
        BigDecimal plain = quantity.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
