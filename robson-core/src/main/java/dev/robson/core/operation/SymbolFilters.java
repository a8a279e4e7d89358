package dev.robson.core.operation;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;

/** Binance would reject orders off tick or off step, so the operation refuses them up front. */
final class SymbolFilters {

    private SymbolFilters() {}

    static void requireOnTick(Symbol symbol, String field, Price price) {
        if (!symbol.isOnTick(price.value())) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.INVALID_PRICE,
                    field + " " + price + " is not a multiple of the tick size "
                            + symbol.tickSize().stripTrailingZeros().toPlainString() + " of " + symbol.name());
        }
    }

    static void requireOnStep(Symbol symbol, Quantity quantity) {
        if (!symbol.isOnStep(quantity.value())) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.INVALID_QUANTITY,
                    "quantity " + quantity + " is not a multiple of the step size "
                            + symbol.stepSize().stripTrailingZeros().toPlainString() + " of " + symbol.name());
        }
    }
}
