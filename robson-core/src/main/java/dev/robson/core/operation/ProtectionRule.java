package dev.robson.core.operation;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;

/**
 * The stop must sit on the losing side of the market and the target on the winning side.
 * Otherwise the guard would fire the moment it is armed, selling a position the user meant to keep.
 */
final class ProtectionRule {

    private ProtectionRule() {}

    /** Placement against the live exit price, for anything the user sets now. */
    static void requireAround(Side side, Price stopLoss, Price takeProfit, Price currentExitPrice) {
        String reference = "the current " + side.exitBookSide() + " " + currentExitPrice;
        requireBeyond(side, "stop_loss", stopLoss, stopBelow(side), currentExitPrice, reference);
        requireBeyond(side, "take_profit", takeProfit, !stopBelow(side), currentExitPrice, reference);
    }

    /** Placement against each other only, for stored operations whose market has moved since. */
    static void requireOrdered(Side side, Price stopLoss, Price takeProfit) {
        requireBeyond(side, "stop_loss", stopLoss, stopBelow(side), takeProfit, "take_profit " + takeProfit);
    }

    private static boolean stopBelow(Side side) {
        return side == Side.BUY;
    }

    private static void requireBeyond(
            Side side, String field, Price price, boolean mustBeBelow, Price reference, String referenceText) {
        int comparison = price.compareTo(reference);
        boolean placed = mustBeBelow ? comparison < 0 : comparison > 0;
        if (!placed) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.INVALID_PROTECTION,
                    field + " " + price + " must be " + (mustBeBelow ? "below " : "above ") + referenceText + " for a "
                            + side.positionLabel());
        }
    }
}
