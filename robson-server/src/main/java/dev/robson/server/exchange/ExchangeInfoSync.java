package dev.robson.server.exchange;

import dev.robson.core.market.OrderLimits;
import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.exchange.binance.BinanceException;
import dev.robson.server.exchange.binance.ExchangeSymbol;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the symbol catalog equal to what the exchange lists: exchangeInfo's spot symbols with
 * their status (TRADING, BREAK, HALT, …), tick size, step size, quantity and notional limits.
 * Until the first read succeeds the catalog keeps the filters it had.
 */
class ExchangeInfoSync {

    private static final Logger log = LoggerFactory.getLogger(ExchangeInfoSync.class);

    private final BinanceClient binance;
    private final SymbolCatalog catalog;

    ExchangeInfoSync(BinanceClient binance, SymbolCatalog catalog) {
        this.binance = binance;
        this.catalog = catalog;
    }

    void refresh() {
        List<ExchangeSymbol> symbols;
        try {
            symbols = binance.exchangeInfo();
        } catch (BinanceException failure) {
            log.warn(
                    "exchangeInfo unavailable ({}); keeping the known symbols",
                    failure.getClass().getSimpleName());
            return;
        }
        List<SymbolCatalog.Listing> listed = symbols.stream()
                .filter(ExchangeSymbol::spotTradingAllowed)
                .filter(s -> s.tickSize() != null && s.stepSize() != null)
                .map(ExchangeInfoSync::listing)
                .toList();
        int tradable = catalog.replaceAll(listed);
        log.info(
                "Symbol catalog refreshed from the exchange: {} tradable of {} listed symbols",
                tradable,
                listed.size());
    }

    private static SymbolCatalog.Listing listing(ExchangeSymbol s) {
        OrderLimits limits = new OrderLimits(
                s.minQty() == null ? s.stepSize() : s.minQty(),
                positiveOrNull(s.maxQty()),
                s.marketMinQty() == null ? BigDecimal.ZERO : s.marketMinQty(),
                positiveOrNull(s.marketMaxQty()),
                s.marketStepSize() == null ? BigDecimal.ZERO : s.marketStepSize(),
                positiveOrNull(s.maxNotional()),
                s.applyMinToMarket(),
                s.applyMaxToMarket(),
                positiveOrNull(s.minPrice()),
                positiveOrNull(s.maxPrice()),
                s.avgPriceMins() == null || s.avgPriceMins() < 0 ? null : s.avgPriceMins());
        return new SymbolCatalog.Listing(
                s.symbol(),
                s.baseAsset(),
                s.quoteAsset(),
                s.tickSize(),
                s.stepSize(),
                s.minNotional() == null ? BigDecimal.ZERO : s.minNotional(),
                limits,
                s.status());
    }

    /** Binance sends "0.00000000" for a maximum it does not set. */
    private static BigDecimal positiveOrNull(BigDecimal value) {
        return value == null || value.signum() <= 0 ? null : value;
    }
}
