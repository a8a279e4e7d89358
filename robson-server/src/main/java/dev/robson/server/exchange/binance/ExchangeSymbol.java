package dev.robson.server.exchange.binance;

import java.math.BigDecimal;

/**
 * A symbol as exchangeInfo describes it: its status, assets and trading rules. A filter the
 * symbol does not have is null.
 *
 * @param minNotional      the NOTIONAL filter's minimum, or the older MIN_NOTIONAL filter's
 * @param minQty           LOT_SIZE minimum
 * @param maxQty           LOT_SIZE maximum
 * @param marketMinQty     MARKET_LOT_SIZE minimum
 * @param marketMaxQty     MARKET_LOT_SIZE maximum
 * @param marketStepSize   MARKET_LOT_SIZE step (Binance sends 0 when it has none of its own)
 * @param maxNotional      NOTIONAL maximum
 * @param applyMinToMarket NOTIONAL's applyMinToMarket, or MIN_NOTIONAL's applyToMarket
 * @param applyMaxToMarket NOTIONAL's applyMaxToMarket
 * @param avgPriceMins     the minutes of average price Binance judges a MARKET order's notional by
 * @param minPrice         PRICE_FILTER minimum (0: none)
 * @param maxPrice         PRICE_FILTER maximum (0: none)
 */
public record ExchangeSymbol(
        String symbol,
        String status,
        String baseAsset,
        String quoteAsset,
        BigDecimal tickSize,
        BigDecimal stepSize,
        BigDecimal minNotional,
        boolean spotTradingAllowed,
        BigDecimal minQty,
        BigDecimal maxQty,
        BigDecimal marketMinQty,
        BigDecimal marketMaxQty,
        BigDecimal marketStepSize,
        BigDecimal maxNotional,
        boolean applyMinToMarket,
        boolean applyMaxToMarket,
        Integer avgPriceMins,
        BigDecimal minPrice,
        BigDecimal maxPrice) {}
