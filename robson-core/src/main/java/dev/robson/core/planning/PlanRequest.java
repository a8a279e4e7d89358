package dev.robson.core.planning;

import dev.robson.core.market.Candle;
import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import dev.robson.core.planning.budget.RiskBudget;
import dev.robson.core.planning.sizing.SizingCosts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a plan is made from, read by the caller at one moment.
 *
 * @param entryReference E: the ask now
 * @param candles        the strategy's timeframe, at least its lookback of closed candles
 * @param freeQuote      quote asset free to spend now
 * @param costs          slippage, stop gap and the account's taker fee
 * @param budget         the month (rolled over to {@code now}) with its losses and open risk
 * @param now            the moment of planning: what is closed, fresh, and when the plan expires
 */
public record PlanRequest(
        Strategy strategy,
        Symbol symbol,
        Price entryReference,
        List<Candle> candles,
        BigDecimal freeQuote,
        SizingCosts costs,
        RiskBudget budget,
        Instant now) {

    public PlanRequest {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(entryReference, "entryReference");
        Objects.requireNonNull(freeQuote, "freeQuote");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(now, "now");
        candles = List.copyOf(candles);
        if (!budget.month().covers(now)) {
            throw new IllegalArgumentException(
                    "the budget is for " + budget.month().month() + ", not the month of " + now + ": roll it over");
        }
        if (!budget.month().quoteAsset().equals(symbol.quote())) {
            throw new IllegalArgumentException("the budget is in "
                    + budget.month().quoteAsset() + ", " + symbol.name() + " is quoted in " + symbol.quote());
        }
    }
}
