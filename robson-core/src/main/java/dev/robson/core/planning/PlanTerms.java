package dev.robson.core.planning;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The numbers the trader confirms. Fixed once planned: confirming re-checks them against the
 * market, it never recomputes them silently.
 *
 * @param entryReference     E, the ask the plan was made at
 * @param entryMax           the LIMIT IOC price; a fresh ask above it is price drift
 * @param technicalLevel     the support (or ATR level) the stop was drawn from
 * @param stopLoss           X, the operation's absolute stop
 * @param takeProfitEstimate the target from E; the operation's target comes from the fill
 * @param quantity           q, the most the entry may buy
 * @param sellableQuantity   q_sell, what the stop could sell after a fee in base
 * @param plannedRisk        q × L, what the month's budget reserves for it
 * @param feeRate            the taker rate the size assumed
 */
public record PlanTerms(
        Symbol symbol,
        Side side,
        Price entryReference,
        Price entryMax,
        Price technicalLevel,
        Price stopLoss,
        Price takeProfitEstimate,
        Quantity quantity,
        Quantity sellableQuantity,
        BigDecimal plannedRisk,
        BigDecimal rewardMultiple,
        BigDecimal feeRate) {

    public PlanTerms {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(entryReference, "entryReference");
        Objects.requireNonNull(entryMax, "entryMax");
        Objects.requireNonNull(technicalLevel, "technicalLevel");
        Objects.requireNonNull(stopLoss, "stopLoss");
        Objects.requireNonNull(takeProfitEstimate, "takeProfitEstimate");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(sellableQuantity, "sellableQuantity");
        Objects.requireNonNull(plannedRisk, "plannedRisk");
        Objects.requireNonNull(rewardMultiple, "rewardMultiple");
        Objects.requireNonNull(feeRate, "feeRate");
        if (side != Side.BUY) {
            throw new IllegalArgumentException("an entry plan opens a LONG");
        }
        if (!(stopLoss.compareTo(entryReference) < 0
                && entryReference.compareTo(entryMax) <= 0
                && entryReference.compareTo(takeProfitEstimate) < 0)) {
            throw new IllegalArgumentException("a LONG plan needs stop " + stopLoss + " < entry " + entryReference
                    + " ≤ entry max " + entryMax + " and entry < target " + takeProfitEstimate);
        }
        if (!symbol.isOnTick(stopLoss.value()) || !symbol.isOnTick(entryMax.value())) {
            throw new IllegalArgumentException("stop and entry max must be on the tick of " + symbol.name());
        }
        if (!symbol.isOnStep(quantity.value()) || sellableQuantity.compareTo(quantity) > 0) {
            throw new IllegalArgumentException(
                    "quantity must be on the step of " + symbol.name() + " and cover the sellable quantity");
        }
        if (plannedRisk.signum() < 0 || rewardMultiple.signum() <= 0 || feeRate.signum() < 0) {
            throw new IllegalArgumentException(
                    "planned risk and fee rate must not be negative, reward must be positive");
        }
    }
}
