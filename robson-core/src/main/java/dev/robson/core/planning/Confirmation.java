package dev.robson.core.planning;

import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import dev.robson.core.planning.budget.RiskBudget;
import dev.robson.core.planning.sizing.SizingCosts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The market and the account as they are when the trader confirms, read fresh.
 *
 * @param symbol    the symbol with fresh filters and status
 * @param freshAsk  the ask now
 * @param freeQuote quote asset free to spend now
 * @param costs     slippage, stop gap and the account's taker fee now
 * @param budget    the month now, whose open risks leave out the plan being confirmed
 */
public record Confirmation(
        Strategy strategy,
        Symbol symbol,
        Price freshAsk,
        BigDecimal freeQuote,
        SizingCosts costs,
        RiskBudget budget,
        Instant now) {

    public Confirmation {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(freshAsk, "freshAsk");
        Objects.requireNonNull(freeQuote, "freeQuote");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(now, "now");
    }
}
