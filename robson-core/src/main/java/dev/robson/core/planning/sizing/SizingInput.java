package dev.robson.core.planning.sizing;

import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Everything the size of a LONG depends on.
 *
 * @param symbol              tick, step, minimum and maximum quantity, minimum notional
 * @param entryReference      E
 * @param stopLoss            X, already on the tick and below E
 * @param capitalBase         the month's capital snapshot in the quote asset
 * @param riskPerTradePercent the most of {@code capitalBase} one stop-out may cost, in percent
 * @param freeQuote           quote asset free to spend now
 */
public record SizingInput(
        Symbol symbol,
        Price entryReference,
        Price stopLoss,
        BigDecimal capitalBase,
        BigDecimal riskPerTradePercent,
        BigDecimal freeQuote,
        SizingCosts costs) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SizingInput {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(entryReference, "entryReference");
        Objects.requireNonNull(stopLoss, "stopLoss");
        Objects.requireNonNull(capitalBase, "capitalBase");
        Objects.requireNonNull(riskPerTradePercent, "riskPerTradePercent");
        Objects.requireNonNull(freeQuote, "freeQuote");
        Objects.requireNonNull(costs, "costs");
        if (stopLoss.compareTo(entryReference) >= 0) {
            throw new IllegalArgumentException(
                    "a LONG's stop " + stopLoss + " must be below the entry reference " + entryReference);
        }
        if (capitalBase.signum() <= 0) {
            throw new IllegalArgumentException("capital base must be positive, got " + capitalBase.toPlainString());
        }
        if (riskPerTradePercent.signum() <= 0 || riskPerTradePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "risk per trade must be above 0 and at most 100 %, got " + riskPerTradePercent.toPlainString());
        }
        if (freeQuote.signum() < 0) {
            throw new IllegalArgumentException("free balance must not be negative, got " + freeQuote.toPlainString());
        }
    }
}
