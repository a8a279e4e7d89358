package dev.robson.core.valuation;

import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * What an open operation is worth against one quote, at full precision. Nothing is rounded here
 * so sums over many positions stay exact; {@link #rounded()} is for showing a single position.
 * The current price is the exit-side price, because that is what closing would actually get.
 */
public record PositionValuation(
        Operation operation,
        Quote quote,
        BigDecimal quantity,
        BigDecimal entryPrice,
        BigDecimal currentPrice,
        BigDecimal unrealizedPnl,
        BigDecimal unrealizedPnlPercent,
        BigDecimal distanceToStopPercent,
        BigDecimal distanceToTargetPercent,
        BigDecimal riskAtStop,
        BigDecimal rewardAtTarget,
        BigDecimal positionValue,
        BigDecimal costBasis) {

    public PositionValuation {
        if (Stream.of(
                        operation,
                        quote,
                        quantity,
                        entryPrice,
                        currentPrice,
                        unrealizedPnl,
                        unrealizedPnlPercent,
                        distanceToStopPercent,
                        distanceToTargetPercent,
                        riskAtStop,
                        rewardAtTarget,
                        positionValue,
                        costBasis)
                .anyMatch(component -> component == null)) {
            throw new IllegalArgumentException("every valuation component is required");
        }
    }

    public static PositionValuation of(Operation operation, Quote quote) {
        if (operation == null || quote == null) {
            throw new IllegalArgumentException("valuation needs an operation and a quote");
        }
        Symbol symbol = operation.symbol();
        if (!quote.symbol().equals(symbol.name())) {
            throw new IllegalArgumentException(
                    "quote for " + quote.symbol() + " cannot value an operation on " + symbol.name());
        }
        BigDecimal quantity = operation.openQuantity();
        if (quantity.signum() == 0) {
            throw new IllegalArgumentException("operation " + operation.id() + " has no open quantity to value");
        }
        Side side = operation.side();
        BigDecimal entry = operation.averageEntryPrice().value();
        BigDecimal current = side.exitPrice(quote).value();
        BigDecimal stop = operation.stopLoss().value();
        BigDecimal target = operation.takeProfit().value();
        BigDecimal costBasis = entry.multiply(quantity);
        BigDecimal pnl = side.pnl(entry, current, quantity);
        return new PositionValuation(
                operation,
                quote,
                quantity,
                entry,
                current,
                pnl,
                Percent.of(pnl, costBasis),
                Percent.of(stop.subtract(current), current),
                Percent.of(target.subtract(current), current),
                side.pnl(entry, stop, quantity),
                side.pnl(entry, target, quantity),
                current.multiply(quantity),
                costBasis);
    }

    public RoundedValuation rounded() {
        Symbol symbol = operation.symbol();
        return new RoundedValuation(
                symbol.quote(),
                symbol.roundQuantity(quantity),
                symbol.roundPrice(entryPrice),
                symbol.roundPrice(currentPrice),
                symbol.roundPrice(operation.stopLoss().value()),
                symbol.roundPrice(operation.takeProfit().value()),
                symbol.roundQuoteAmount(unrealizedPnl),
                Percent.forDisplay(unrealizedPnlPercent),
                Percent.forDisplay(distanceToStopPercent),
                Percent.forDisplay(distanceToTargetPercent),
                symbol.roundQuoteAmount(riskAtStop),
                symbol.roundQuoteAmount(rewardAtTarget),
                symbol.roundQuoteAmount(positionValue),
                symbol.roundQuoteAmount(costBasis));
    }
}
