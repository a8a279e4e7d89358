package dev.robson.core.operation;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;

/** Binance would reject orders off tick, off step or outside its price bounds, so the operation refuses them up front. */
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

    /** A stop or target beyond PRICE_FILTER's bounds is a price the market can never be quoted at. */
    static void requireWithinPriceFilter(Symbol symbol, String field, Price price) {
        String outside = symbol.priceOutsideFilter(price.value());
        if (outside != null) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.PRICE_OUTSIDE_FILTER, field + " " + price + " is " + outside);
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
