package dev.robson.server.exchange.binance;

import java.math.BigDecimal;

/**
 * A symbol's trading rules from exchangeInfo. A filter the symbol does not have is null.
 *
 * @param minNotional the NOTIONAL filter's minimum, or the older MIN_NOTIONAL filter's
 */
public record SymbolFilters(String symbol, String status, String baseAsset, String quoteAsset,
                            BigDecimal tickSize, BigDecimal stepSize, BigDecimal minNotional,
                            boolean spotTradingAllowed) {
}
