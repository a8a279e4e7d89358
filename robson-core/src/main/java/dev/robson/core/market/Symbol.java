package dev.robson.core.market;

import static dev.robson.core.market.PositiveDecimal.plain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * A Binance spot pair with the exchange filters that decide which prices and quantities an order
 * may carry: the tick size (PRICE_FILTER), the step size (LOT_SIZE), the minimum notional, the
 * other order limits, and whether the exchange trades it now ({@code status}, as exchangeInfo
 * says: TRADING, BREAK, HALT, …; NOT_LISTED once it is gone from exchangeInfo).
 */
public record Symbol(
        String name,
        Asset base,
        Asset quote,
        BigDecimal tickSize,
        BigDecimal stepSize,
        BigDecimal minNotional,
        OrderLimits limits,
        String status) {

    public static final String TRADING = "TRADING";
    /** The one rule for a symbol's name; the API documents it and the CLI and the web check it too. */
    public static final int MIN_LENGTH = 2;

    public static final int MAX_LENGTH = 24;
    public static final String PATTERN = "^[A-Z0-9]{" + MIN_LENGTH + "," + MAX_LENGTH + "}$";
    private static final Pattern NAME = Pattern.compile(PATTERN);

    /** A trading symbol with no limits beyond one step and the minimum notional. */
    public Symbol(
            String name, Asset base, Asset quote, BigDecimal tickSize, BigDecimal stepSize, BigDecimal minNotional) {
        this(
                name,
                base,
                quote,
                tickSize,
                stepSize,
                minNotional,
                stepSize == null || stepSize.signum() <= 0 ? null : OrderLimits.stepOnly(stepSize),
                TRADING);
    }

    /** Whether {@code name} can be a symbol at all: {@value #PATTERN}. */
    public static boolean isWellFormed(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public Symbol {
        if (!isWellFormed(name)) {
            throw new IllegalArgumentException("symbol must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " upper-case letters or digits, got '" + name + "'");
        }
        requireNonNull(base, "base asset");
        requireNonNull(quote, "quote asset");
        if (!name.equals(base.code() + quote.code())) {
            throw new IllegalArgumentException(
                    "symbol " + name + " is not base " + base.code() + " followed by quote " + quote.code());
        }
        requirePositive(tickSize, "tick size");
        requirePositive(stepSize, "step size");
        requireNonNull(minNotional, "min notional");
        if (minNotional.signum() < 0) {
            throw new IllegalArgumentException("min notional must not be negative, got " + minNotional.toPlainString());
        }
        // Filters arrive as 0.01000000 (Binance) or with 18 decimals (NUMERIC columns); stripped
        // once here, so every rounding of every valuation does not strip them again.
        requireNonNull(limits, "order limits");
        requireNonNull(status, "status");
        tickSize = plain(tickSize);
        stepSize = plain(stepSize);
        minNotional = plain(minNotional);
    }

    /** Decimals a price can have; Binance pads tick sizes with zeros, hence the strip. */
    public int priceScale() {
        return significantScale(tickSize);
    }

    public int quantityScale() {
        return significantScale(stepSize);
    }

    public BigDecimal roundPrice(BigDecimal price) {
        return requireNonNull(price, "price").setScale(priceScale(), RoundingMode.HALF_UP);
    }

    public BigDecimal roundQuantity(BigDecimal quantity) {
        return requireNonNull(quantity, "quantity").setScale(quantityScale(), RoundingMode.HALF_UP);
    }

    /** Rounds an amount of the quote asset (P&amp;L, value, cost) the way it is shown. */
    public BigDecimal roundQuoteAmount(BigDecimal amount) {
        return requireNonNull(amount, "amount").setScale(quote.amountScale(), RoundingMode.HALF_UP);
    }

    public boolean isOnTick(BigDecimal price) {
        return isMultipleOf(requireNonNull(price, "price"), tickSize);
    }

    public boolean isOnStep(BigDecimal quantity) {
        return isMultipleOf(requireNonNull(quantity, "quantity"), stepSize);
    }

    /** The most of {@code quantity} an order can carry; the rest is dust the exchange refuses. */
    public BigDecimal floorToStep(BigDecimal quantity) {
        requireNonNull(quantity, "quantity");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative, got " + quantity.toPlainString());
        }
        BigDecimal steps = quantity.divideToIntegralValue(stepSize, MathContext.DECIMAL128);
        return steps.multiply(stepSize).setScale(quantityScale(), RoundingMode.DOWN);
    }

    /** Whether the exchange takes orders on it now. */
    public boolean trading() {
        return TRADING.equals(status);
    }

    /** The same symbol in another market status. */
    public Symbol withStatus(String newStatus) {
        return new Symbol(name, base, quote, tickSize, stepSize, minNotional, limits, newStatus);
    }

    /** The grid a MARKET order's quantity must sit on: LOT_SIZE's step or MARKET_LOT_SIZE's, the coarser. */
    public BigDecimal marketStepSize() {
        return limits.marketStepSize().compareTo(stepSize) > 0 ? plain(limits.marketStepSize()) : stepSize;
    }

    /** The most a MARKET order can carry, or null when the exchange sets no maximum. */
    public BigDecimal marketMaxQuantity() {
        BigDecimal lot = limits.maxQty();
        BigDecimal market = limits.marketMaxQty();
        if (lot == null || market == null) {
            return lot == null ? market : lot;
        }
        return lot.min(market);
    }

    /**
     * The most one MARKET order can carry when Binance judges its notional at
     * {@code notionalPrice} (the average price over avgPriceMins): the quantity maximum, and,
     * where the maximum notional binds MARKET orders, maxNotional / price floored to the MARKET
     * grid. Null when nothing bounds it.
     */
    public BigDecimal marketMaxQuantity(BigDecimal notionalPrice) {
        BigDecimal byQuantity = marketMaxQuantity();
        if (notionalPrice == null
                || notionalPrice.signum() <= 0
                || limits.maxNotional() == null
                || !limits.applyMaxToMarket()) {
            return byQuantity;
        }
        BigDecimal byNotional = floorToMarketStep(limits.maxNotional().divide(notionalPrice, MathContext.DECIMAL128));
        return byQuantity == null ? byNotional : byQuantity.min(byNotional);
    }

    /** {@code price} floored to the tick grid: a buyer's limit never rounds up past what was planned. */
    public BigDecimal floorToTick(BigDecimal price) {
        requireNonNull(price, "price");
        BigDecimal ticks = price.max(BigDecimal.ZERO).divideToIntegralValue(tickSize, MathContext.DECIMAL128);
        return ticks.multiply(tickSize).setScale(priceScale(), RoundingMode.DOWN);
    }

    /** Why PRICE_FILTER would refuse {@code price} for being out of its bounds, or null when inside them. */
    public String priceOutsideFilter(BigDecimal price) {
        requireNonNull(price, "price");
        if (limits.minPrice() != null && price.compareTo(limits.minPrice()) < 0) {
            return "below " + name + "'s minimum price "
                    + plain(limits.minPrice()).toPlainString();
        }
        if (limits.maxPrice() != null && price.compareTo(limits.maxPrice()) > 0) {
            return "above " + name + "'s maximum price "
                    + plain(limits.maxPrice()).toPlainString();
        }
        return null;
    }

    /** The least a MARKET order can carry. */
    public BigDecimal marketMinQuantity() {
        return limits.minQty().max(limits.marketMinQty()).max(stepSize);
    }

    /** {@code quantity} floored to the MARKET order grid. */
    public BigDecimal floorToMarketStep(BigDecimal quantity) {
        requireNonNull(quantity, "quantity");
        BigDecimal step = marketStepSize();
        BigDecimal steps = quantity.max(BigDecimal.ZERO).divideToIntegralValue(step, MathContext.DECIMAL128);
        return steps.multiply(step).setScale(Math.max(quantityScale(), Math.max(0, step.scale())), RoundingMode.DOWN);
    }

    /**
     * Why a MARKET order for {@code quantity} at {@code price} would be refused for its size, or
     * null when it would pass: below the minimum quantity, or below the minimum notional
     * (judged only when {@code price} is given).
     */
    public String marketOrderTooSmall(BigDecimal quantity, BigDecimal price) {
        BigDecimal sellable = floorToMarketStep(quantity);
        if (sellable.signum() == 0 || sellable.compareTo(marketMinQuantity()) < 0) {
            return "below the minimum quantity "
                    + marketMinQuantity().stripTrailingZeros().toPlainString() + " " + base.code();
        }
        // Without a price only the quantity can be judged; the exchange judges the rest.
        if (price != null
                && limits.applyMinToMarket()
                && sellable.multiply(price).compareTo(minNotional) < 0) {
            return "worth " + roundQuoteAmount(sellable.multiply(price)).toPlainString() + " " + quote.code()
                    + ", below the minimum notional " + minNotional.toPlainString() + " " + quote.code();
        }
        return null;
    }

    public String displayPair() {
        return base.code() + "/" + quote.code();
    }

    private static boolean isMultipleOf(BigDecimal amount, BigDecimal increment) {
        return amount.remainder(increment, MathContext.DECIMAL128).signum() == 0;
    }

    private static int significantScale(BigDecimal increment) {
        return Math.max(0, increment.scale());
    }

    private static <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    private static void requirePositive(BigDecimal value, String what) {
        requireNonNull(value, what);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value.toPlainString());
        }
    }
}
