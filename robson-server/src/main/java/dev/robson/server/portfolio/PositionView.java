package dev.robson.server.portfolio;

import dev.robson.core.valuation.PositionValuation;
import dev.robson.server.market.MarketQuote;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One open position. The first fields are the seed's contract, named as it names them; the
 * rest are what a trader needs beyond it.
 */
public record PositionView(
        long operationId,
        String symbol,
        String side,
        BigDecimal quantity,
        BigDecimal entryPrice,
        BigDecimal currentPrice,
        BigDecimal unrealizedPnl,
        BigDecimal unrealizedPnlPercent,
        BigDecimal stopLoss,
        BigDecimal takeProfit,
        BigDecimal distanceToStopPercent,
        BigDecimal distanceToTargetPercent,
        String status,
        String direction,
        BigDecimal riskAtStop,
        BigDecimal rewardAtTarget,
        BigDecimal positionValue,
        BigDecimal costBasis,
        String quoteAsset,
        Instant openedAt,
        long priceTimestamp,
        boolean priceStale,
        String priceSource) {

    static PositionView of(PositionValuation exact, MarketQuote quote) {
        var operation = exact.operation();
        var valuation = exact.rounded();
        return new PositionView(
                operation.number(),
                operation.symbol().name(),
                operation.side().name(),
                valuation.quantity(),
                valuation.entryPrice(),
                valuation.currentPrice(),
                valuation.unrealizedPnl(),
                valuation.unrealizedPnlPercent(),
                valuation.stopLoss(),
                valuation.takeProfit(),
                valuation.distanceToStopPercent(),
                valuation.distanceToTargetPercent(),
                "OPEN",
                operation.side().positionLabel(),
                valuation.riskAtStop(),
                valuation.rewardAtTarget(),
                valuation.positionValue(),
                valuation.costBasis(),
                valuation.quoteAsset().code(),
                operation.openedAt(),
                quote.quote().readAt().getEpochSecond(),
                quote.stale(),
                quote.source().name());
    }
}
