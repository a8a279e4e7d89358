package dev.robson.server.market;

import dev.robson.core.market.Asset;
import dev.robson.core.market.Symbol;
import dev.robson.server.auth.Tenant;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.symbols.SymbolCatalog;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prices and candles. The symbol a caller sends is only ever a key into the symbol catalog:
 * what goes upstream is the catalog's own name for it, never the caller's text.
 */
@RestController
class MarketController {

    private final SymbolCatalog symbols;
    private final QuoteSource quotes;
    private final CandleHistory candles;
    private final MarketRateLimits rateLimits;
    private final Clock clock;

    MarketController(
            SymbolCatalog symbols,
            QuoteSource quotes,
            CandleHistory candles,
            MarketRateLimits rateLimits,
            Clock clock) {
        this.symbols = symbols;
        this.quotes = quotes;
        this.candles = candles;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    @GetMapping({"/api/market/price/{symbol}/", "/api/market/price/{symbol}"})
    PriceView price(Tenant tenant, @Parameter(schema = @Schema(pattern = Symbol.PATTERN)) @PathVariable String symbol) {
        rateLimits.prices().acquire(tenant.tenantId());
        Symbol known = symbols.require(symbol);
        return PriceView.of(known, quotes.quote(known), clock);
    }

    record CandlesResponse(String symbol, String interval, String source, List<CandleView> candles) {}

    @GetMapping({"/api/historical-data/", "/api/historical-data"})
    CandlesResponse history(
            Tenant tenant,
            @RequestParam String symbol,
            @RequestParam(defaultValue = "15m") String interval,
            @RequestParam(defaultValue = "7") String days) {
        rateLimits.history().acquire(tenant.tenantId());
        Symbol known = symbols.require(symbol);
        List<CandleView> views = candles.candles(known, interval, parseDays(days)).stream()
                .map(candle -> CandleView.of(known, candle))
                .toList();
        return new CandlesResponse(known.name(), interval, candles.source().name(), views);
    }

    record SymbolView(
            String symbol,
            String baseAsset,
            String quoteAsset,
            BigDecimal tickSize,
            BigDecimal stepSize,
            BigDecimal minNotional) {}

    @GetMapping({"/api/market/symbols/", "/api/market/symbols"})
    List<SymbolView> symbols(Tenant tenant) {
        return symbols.all().stream()
                .sorted(Comparator.comparing(Symbol::name))
                .map(s -> new SymbolView(
                        s.name(),
                        s.base().code(),
                        s.quote().code(),
                        s.tickSize().stripTrailingZeros(),
                        s.stepSize().stripTrailingZeros(),
                        s.minNotional().stripTrailingZeros()))
                .toList();
    }

    /**
     * How clients show amounts: a quote asset listed here is shown as dollars and cents
     * ({@code 0.13 USD1} reads {@code $0.13}), any other with its code. Fetched once per session.
     *
     * @param usdQuoteAssets the assets pegged to the dollar, in alphabetical order
     */
    record DisplayRules(List<String> usdQuoteAssets) {}

    @GetMapping({"/api/market/display-rules/", "/api/market/display-rules"})
    DisplayRules displayRules(Tenant tenant) {
        return new DisplayRules(List.copyOf(Asset.usdStablecoins()));
    }

    private static int parseDays(String days) {
        if (days == null || !days.matches("\\d{1,3}")) {
            throw ApiProblem.badRequest(
                    "invalid_days", "days is a whole number from 1 to " + CandleHistory.MAX_DAYS + ".");
        }
        return Integer.parseInt(days);
    }
}
