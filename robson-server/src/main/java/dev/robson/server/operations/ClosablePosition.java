package dev.robson.server.operations;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;

/**
 * A guard is only worth arming if its close can be sent: a position the exchange would refuse
 * to sell at its stop (too few coins, or worth less than the minimum notional there) would sit
 * unprotected. Tracking or moving a stop into that state is refused up front.
 */
final class ClosablePosition {

    static final String BELOW_MIN_QUANTITY = "below_min_quantity";
    static final String BELOW_MIN_NOTIONAL = "below_min_notional";
    static final String EXIT_BELOW_MIN_NOTIONAL = "exit_below_min_notional";

    private ClosablePosition() {}

    /**
     * @param held        what the close would sell (net of fees taken in the base asset)
     * @param stop        where the stop would sell it
     * @param currentExit where a close would sell it now
     */
    static void require(Symbol symbol, BigDecimal held, Price stop, Price currentExit) {
        BigDecimal sellable = symbol.floorToMarketStep(held);
        if (sellable.signum() == 0 || sellable.compareTo(symbol.marketMinQuantity()) < 0) {
            throw new DomainRuleViolation(
                    BELOW_MIN_QUANTITY,
                    "The close would sell "
                            + sellable.toPlainString() + " " + symbol.base().code() + ", below " + symbol.name()
                            + "'s minimum order of "
                            + symbol.marketMinQuantity().toPlainString() + ": it could never be closed.");
        }
        if (!symbol.limits().applyMinToMarket()) {
            return;
        }
        if (sellable.multiply(currentExit.value()).compareTo(symbol.minNotional()) < 0) {
            throw new DomainRuleViolation(
                    BELOW_MIN_NOTIONAL,
                    sellable.toPlainString() + " " + symbol.base().code()
                            + " is worth "
                            + symbol.roundQuoteAmount(sellable.multiply(currentExit.value()))
                                    .toPlainString()
                            + " " + symbol.quote().code() + " now, below " + symbol.name() + "'s minimum notional of "
                            + symbol.minNotional().toPlainString() + ": it could never be closed.");
        }
        if (sellable.multiply(stop.value()).compareTo(symbol.minNotional()) < 0) {
            throw new DomainRuleViolation(
                    EXIT_BELOW_MIN_NOTIONAL,
                    sellable.toPlainString() + " "
                            + symbol.base().code() + " at the stop " + stop + " is worth "
                            + symbol.roundQuoteAmount(sellable.multiply(stop.value()))
                                    .toPlainString() + " "
                            + symbol.quote().code() + ", below the minimum notional of "
                            + symbol.minNotional().toPlainString()
                            + ": the stop could never be filled.");
        }
    }
}
