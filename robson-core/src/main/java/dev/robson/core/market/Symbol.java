package dev.robson.core.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * A Binance spot pair with the exchange filters that decide which prices and quantities an order
 * may carry: the tick size (PRICE_FILTER), the step size (LOT_SIZE) and the minimum notional.
 */
public record Symbol(
        String name,
        Asset base,
        Asset quote,
        BigDecimal tickSize,
        BigDecimal stepSize,
        BigDecimal minNotional) {

    private static final Pattern NAME = Pattern.compile("^[A-Z0-9]{2,24}$");

    public Symbol {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "symbol must be 2 to 24 upper-case letters or digits, got '" + name + "'");
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
        tickSize = plain(tickSize);
        stepSize = plain(stepSize);
        minNotional = plain(minNotional);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
