package dev.robson.server.exchange;

import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.exchange.binance.BinanceException;
import dev.robson.server.exchange.binance.SymbolFilters;
import dev.robson.server.symbols.SymbolCatalog;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the symbol catalog equal to what the exchange trades: exchangeInfo's TRADING spot
 * symbols with their tick size, step size and minimum notional. Until the first read
 * succeeds the catalog keeps the filters it had.
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
        List<SymbolFilters> symbols;
        try {
            symbols = binance.exchangeInfo();
        } catch (BinanceException failure) {
            log.warn("exchangeInfo unavailable ({}); keeping the known symbols", failure.getClass().getSimpleName());
            return;
        }
        List<SymbolCatalog.Listing> tradable = symbols.stream()
                .filter(s -> "TRADING".equals(s.status()) && s.spotTradingAllowed())
                .filter(s -> s.tickSize() != null && s.stepSize() != null)
                .map(s -> new SymbolCatalog.Listing(s.symbol(), s.baseAsset(), s.quoteAsset(), s.tickSize(),
                        s.stepSize(), s.minNotional() == null ? java.math.BigDecimal.ZERO : s.minNotional()))
                .toList();
        int listed = catalog.replaceAll(tradable);
        log.info("Symbol catalog refreshed from the exchange: {} tradable symbols", listed);
    }
}
