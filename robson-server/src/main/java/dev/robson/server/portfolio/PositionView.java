package dev.robson.server.portfolio;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Operation;
import dev.robson.core.valuation.NetPnl;
import dev.robson.core.valuation.PositionValuation;
import dev.robson.core.valuation.RoundedValuation;
import dev.robson.server.market.MarketQuote;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One held position. The first fields are the position contract the API has always answered,
 * under its first names; the
 * rest are what a trader needs beyond it. Market fields are absent when the symbol has no price
 * (then {@code price_stale} is true); fee figures come from exact values, rounded once.
 *
 * @param status           OPEN, or CLOSING while a close has not finished
 * @param attention        why a person must look (a close that cannot proceed), or absent
 * @param marketStatus     the exchange's status of the symbol (TRADING, BREAK, HALT, NOT_LISTED, …)
 * @param feesPaid         the fees the position paid so far (its entry), in the quote asset
 * @param estimatedExitFee what closing now would pay at the account's taker rate
 * @param unrealizedPnlNet unrealized P&amp;L less the fees paid and the estimated exit fee
 */
public record PositionView(
        long operationId,
        String symbol,
        String side,
        BigDecimal quantity,
        BigDecimal entryPrice,
        @Nullable BigDecimal currentPrice,
        @Nullable BigDecimal unrealizedPnl,
        @Nullable BigDecimal unrealizedPnlPercent,
        BigDecimal stopLoss,
        BigDecimal takeProfit,
        @Nullable BigDecimal distanceToStopPercent,
        @Nullable BigDecimal distanceToTargetPercent,
        String status,
        String direction,
        @Nullable BigDecimal riskAtStop,
        @Nullable BigDecimal rewardAtTarget,
        @Nullable BigDecimal positionValue,
        BigDecimal costBasis,
        String quoteAsset,
        Instant openedAt,
        @Nullable Long priceTimestamp,
        boolean priceStale,
        @Nullable String priceSource,
        BigDecimal feesPaid,
        @Nullable BigDecimal estimatedExitFee,
        @Nullable BigDecimal unrealizedPnlNet,
        String marketStatus,
        @Nullable String attention) {

    static PositionView of(PositionService.HeldPosition held) {
        Operation operation = held.operation();
        Symbol symbol = operation.symbol();
        String status = PositionStatus.of(operation.status()).name();
        BigDecimal feesPaid = operation.feesPaid();
        if (held.valued().isEmpty()) {
            return new PositionView(
                    operation.number(),
                    symbol.name(),
                    operation.side().name(),
                    symbol.roundQuantity(operation.openQuantity()),
                    symbol.roundPrice(operation.averageEntryPrice().value()),
                    null,
                    null,
                    null,
                    symbol.roundPrice(operation.stopLoss().value()),
                    symbol.roundPrice(operation.takeProfit().value()),
                    null,
                    null,
                    status,
                    operation.side().positionLabel(),
                    null,
                    null,
                    null,
                    symbol.roundQuoteAmount(
                            operation.averageEntryPrice().value().multiply(operation.openQuantity())),
                    symbol.quote().code(),
                    operation.openedAt(),
                    null,
                    true,
                    null,
                    symbol.roundQuoteAmount(feesPaid),
                    null,
                    null,
                    symbol.status(),
                    held.attention());
        }
        PositionService.ValuedPosition valued = held.valued().get();
        PositionValuation exact = valued.valuation();
        RoundedValuation valuation = exact.rounded();
        MarketQuote quote = valued.quote();
        NetPnl net = NetPnl.of(exact, valued.takerRate());
        return new PositionView(
                operation.number(),
                symbol.name(),
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
                status,
                operation.side().positionLabel(),
                valuation.riskAtStop(),
                valuation.rewardAtTarget(),
                valuation.positionValue(),
                valuation.costBasis(),
                valuation.quoteAsset().code(),
                operation.openedAt(),
                quote.quote().readAt().getEpochSecond(),
                quote.stale(),
                quote.source().name(),
                symbol.roundQuoteAmount(feesPaid),
                symbol.roundQuoteAmount(net.estimatedExitFee()),
                symbol.roundQuoteAmount(net.unrealizedPnlNet()),
                symbol.status(),
                held.attention());
    }
}
