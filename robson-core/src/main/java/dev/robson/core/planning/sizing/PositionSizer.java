package dev.robson.core.planning.sizing;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Sizes a LONG so that a stop-out, fees and slippage included, costs at most the risk allowance:
 * <pre>
 * E_max  = ceil_to_tick(E × (1 + slippage))
 * F      = X × (1 − gap)
 * L      = (E_max − F) + fee × E_max + fee × F
 * R      = capital_base × risk_per_trade_percent / 100
 * q      = floor_to_step(min(R / L, free_quote × 0.99 / E_max, max_qty))
 * q_sell = fee paid in base ? floor_to_step(q × (1 − fee)) : q
 * </pre>
 * Every rounding is down except E_max's, which is up so the IOC can still fill: a quantity
 * rounded up would break the allowance.
 */
public final class PositionSizer {

    /** 1 % of the free balance stays unspent, for the fee and for the ask moving while the order travels. */
    private static final BigDecimal SPENDABLE = new BigDecimal("0.99");

    /**
     * Extra decimals of a bound before it is floored to the step; any scale at or beyond the
     * step's floors exactly, these only keep the bounds comparable for the warnings.
     */
    private static final int BOUND_EXTRA_SCALE = 10;

    private static final int PERCENT_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PositionSizer() {}

    public static SizingOutcome size(SizingInput input) {
        Symbol symbol = input.symbol();
        SizingCosts costs = input.costs();
        BigDecimal fee = costs.takerFeeRate();
        BigDecimal step = symbol.stepSize();

        BigDecimal entryMax = Increments.ceil(
                input.entryReference().value().multiply(BigDecimal.ONE.add(costs.slippage())), symbol.tickSize());
        // The LIMIT IOC carries E_max: PRICE_FILTER refuses it outside [minPrice, maxPrice], as it
        // would a stop no quote can reach.
        String entryOutside = symbol.priceOutsideFilter(entryMax);
        String stopOutside = symbol.priceOutsideFilter(input.stopLoss().value());
        if (entryOutside != null || stopOutside != null) {
            return new SizingRefusal(
                    SizingRefusal.PRICE_OUTSIDE_FILTER,
                    entryOutside != null
                            ? "the entry's limit price " + plain(entryMax) + " is " + entryOutside
                            : "the stop " + plain(input.stopLoss().value()) + " is " + stopOutside);
        }
        BigDecimal stopFill = input.stopLoss().value().multiply(BigDecimal.ONE.subtract(costs.stopGap()));
        BigDecimal lossPerUnit =
                entryMax.subtract(stopFill).add(fee.multiply(entryMax)).add(fee.multiply(stopFill));
        BigDecimal allowance =
                input.capitalBase().multiply(input.riskPerTradePercent()).movePointLeft(2);

        int boundScale = Math.max(0, step.scale()) + BOUND_EXTRA_SCALE;
        BigDecimal byRisk = Increments.floor(allowance.divide(lossPerUnit, boundScale, RoundingMode.DOWN), step);
        BigDecimal byCash = Increments.floor(
                input.freeQuote().multiply(SPENDABLE).divide(entryMax, boundScale, RoundingMode.DOWN), step);
        BigDecimal maxQuantity = symbol.marketMaxQuantity();
        BigDecimal byLimit = maxQuantity == null ? null : Increments.floor(maxQuantity, step);
        BigDecimal minQuantity = symbol.limits().minQty();
        BigDecimal minNotional = symbol.minNotional();

        if (tooSmall(byCash, entryMax, minQuantity, minNotional)) {
            return new SizingRefusal(
                    SizingRefusal.INSUFFICIENT_BALANCE,
                    "a free balance of " + plain(input.freeQuote()) + " "
                            + symbol.quote().code() + " cannot buy the smallest order of " + symbol.name() + " at "
                            + plain(entryMax));
        }
        BigDecimal quantity = byRisk.min(byCash);
        if (byLimit != null) {
            quantity = quantity.min(byLimit);
        }
        if (quantity.signum() == 0 || quantity.compareTo(minQuantity) < 0) {
            return new SizingRefusal(
                    SizingRefusal.BELOW_MIN_QUANTITY,
                    "risking " + plain(allowance) + " " + symbol.quote().code() + " at " + plain(lossPerUnit)
                            + " per unit buys " + plain(quantity) + " "
                            + symbol.base().code()
                            + ", below the minimum quantity " + plain(minQuantity));
        }
        BigDecimal notional = quantity.multiply(entryMax);
        if (notional.compareTo(minNotional) < 0) {
            return new SizingRefusal(
                    SizingRefusal.BELOW_MIN_NOTIONAL,
                    "an entry of " + plain(quantity) + " " + symbol.base().code() + " is worth " + plain(notional) + " "
                            + symbol.quote().code() + ", below the minimum notional " + plain(minNotional));
        }
        BigDecimal sellable =
                costs.feeInBase() ? Increments.floor(quantity.multiply(BigDecimal.ONE.subtract(fee)), step) : quantity;
        SizingRefusal exitRefusal = exitRefusal(symbol, sellable, stopFill);
        if (exitRefusal != null) {
            return exitRefusal;
        }

        BigDecimal plannedRisk = quantity.multiply(lossPerUnit);
        List<SizingWarning> warnings = new ArrayList<>();
        if (quantity.compareTo(byRisk) < 0 && quantity.compareTo(byCash) == 0) {
            warnings.add(SizingWarning.CASH_CAPPED);
        }
        if (byLimit != null && quantity.compareTo(byRisk) < 0 && quantity.compareTo(byLimit) == 0) {
            warnings.add(SizingWarning.MAX_QUANTITY_CAPPED);
        }
        return new PositionSize(
                Price.of(entryMax),
                stopFill,
                lossPerUnit,
                allowance,
                Quantity.of(quantity),
                Quantity.of(sellable),
                notional,
                plannedRisk,
                plannedRisk.multiply(HUNDRED).divide(input.capitalBase(), PERCENT_SCALE, RoundingMode.HALF_UP),
                warnings);
    }

    private static boolean tooSmall(
            BigDecimal quantity, BigDecimal price, BigDecimal minQuantity, BigDecimal minNotional) {
        return quantity.signum() == 0
                || quantity.compareTo(minQuantity) < 0
                || quantity.multiply(price).compareTo(minNotional) < 0;
    }

    /** The stop sells with a MARKET order: what it holds must pass that order's minimums at F. */
    private static SizingRefusal exitRefusal(Symbol symbol, BigDecimal sellable, BigDecimal stopFill) {
        if (sellable.signum() == 0 || sellable.compareTo(symbol.marketMinQuantity()) < 0) {
            return new SizingRefusal(
                    SizingRefusal.EXIT_BELOW_MIN_QUANTITY,
                    "after the fee the stop could sell only " + plain(sellable) + " "
                            + symbol.base().code() + ", below the minimum " + plain(symbol.marketMinQuantity()));
        }
        BigDecimal exitNotional = sellable.multiply(stopFill);
        // Binance judges a MARKET order's notional only when the symbol says so.
        if (symbol.limits().applyMinToMarket() && exitNotional.compareTo(symbol.minNotional()) < 0) {
            return new SizingRefusal(
                    SizingRefusal.EXIT_BELOW_MIN_NOTIONAL,
                    "the stop would sell " + plain(sellable) + " "
                            + symbol.base().code() + " for about "
                            + plain(symbol.roundQuoteAmount(exitNotional)) + " "
                            + symbol.quote().code()
                            + ", below the minimum notional " + plain(symbol.minNotional())
                            + ": it could never fill");
        }
        return null;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
