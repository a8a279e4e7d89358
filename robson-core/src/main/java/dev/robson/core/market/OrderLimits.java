package dev.robson.core.market;

import java.math.BigDecimal;

/**
 * The quantity, notional and price bounds of a symbol's orders beyond tick and step
 * (exchangeInfo's LOT_SIZE min/max, MARKET_LOT_SIZE, NOTIONAL max, PRICE_FILTER min/max).
 * Robson closes with MARKET orders, so the market bounds are the ones that decide whether a
 * position can be sold; Binance judges a MARKET order's notional at the average price of the
 * last {@code avgPriceMins} minutes (the last price when 0).
 *
 * @param maxQty           LOT_SIZE maximum, or null for none
 * @param marketMaxQty     MARKET_LOT_SIZE maximum, or null for none
 * @param marketStepSize   MARKET_LOT_SIZE step; zero when the symbol has none of its own
 * @param maxNotional      NOTIONAL maximum, or null for none
 * @param applyMinToMarket whether the minimum notional also binds MARKET orders
 * @param applyMaxToMarket whether the maximum notional also binds MARKET orders
 * @param minPrice         PRICE_FILTER minimum, or null for none (Binance's 0)
 * @param maxPrice         PRICE_FILTER maximum, or null for none (Binance's 0)
 * @param avgPriceMins     NOTIONAL's averaging window in minutes, or null when not given
 */
public record OrderLimits(
        BigDecimal minQty,
        BigDecimal maxQty,
        BigDecimal marketMinQty,
        BigDecimal marketMaxQty,
        BigDecimal marketStepSize,
        BigDecimal maxNotional,
        boolean applyMinToMarket,
        boolean applyMaxToMarket,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        Integer avgPriceMins) {

    /** What a symbol known only by its step and minimum notional obeys: one step at least, no maximum. */
    public static OrderLimits stepOnly(BigDecimal stepSize) {
        return new OrderLimits(
                stepSize, null, BigDecimal.ZERO, null, BigDecimal.ZERO, null, true, false, null, null, null);
    }

    public OrderLimits {
        if (minQty == null || marketMinQty == null || marketStepSize == null) {
            throw new IllegalArgumentException("order limits need minimum quantities and the market step");
        }
        if (minQty.signum() < 0
                || marketMinQty.signum() < 0
                || marketStepSize.signum() < 0
                || (maxQty != null && maxQty.signum() <= 0)
                || (marketMaxQty != null && marketMaxQty.signum() <= 0)
                || (maxNotional != null && maxNotional.signum() <= 0)
                || (minPrice != null && minPrice.signum() <= 0)
                || (maxPrice != null && maxPrice.signum() <= 0)
                || (avgPriceMins != null && avgPriceMins < 0)) {
            throw new IllegalArgumentException("order limits must not be negative, and maxima must be positive");
        }
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new IllegalArgumentException("the minimum price must not exceed the maximum price");
        }
    }
}
