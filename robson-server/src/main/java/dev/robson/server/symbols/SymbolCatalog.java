package dev.robson.server.symbols;

import dev.robson.core.market.Asset;
import dev.robson.core.market.OrderLimits;
import dev.robson.core.market.Symbol;
import dev.robson.server.problem.ApiProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The symbols the server knows, with their exchange filters and market status. A request may
 * only name one of these: user text never reaches the exchange. Held in memory because every
 * valuation needs them and they change about never.
 *
 * <p>A symbol the exchange stops trading (BREAK, HALT) or no longer lists stays known, with
 * that status: operations on it must still load, show and be valued, or one halted market
 * would break every read that touches it. Only new tracking and the symbol list need it trading.
 */
@Repository
public class SymbolCatalog {

    /** The status of a symbol exchangeInfo no longer lists. */
    public static final String NOT_LISTED = "NOT_LISTED";

    private static final String SELECT = """
            SELECT symbol, base_asset, quote_asset, tick_size, step_size, min_notional, status, min_qty, max_qty,
                   market_min_qty, market_max_qty, market_step_size, max_notional, apply_min_to_market,
                   apply_max_to_market
            FROM symbols""";

    private final JdbcClient jdbc;
    private volatile Map<String, Symbol> bySymbol = Map.of();

    SymbolCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The symbol a request names: 400 when malformed, 404 when the server does not know it. */
    public Symbol require(String requested) {
        if (!Symbol.isWellFormed(requested)) {
            throw ApiProblem.badRequest(
                    "invalid_symbol",
                    "A symbol is " + Symbol.MIN_LENGTH + " to " + Symbol.MAX_LENGTH
                            + " upper-case letters or digits, like BTCUSDC.");
        }
        return find(requested)
                .orElseThrow(() -> ApiProblem.notFound("unknown_symbol", "Robson does not trade " + requested + "."));
    }

    /** A known symbol in whatever market status it is now. */
    public Optional<Symbol> find(String symbol) {
        Map<String, Symbol> known = bySymbol;
        if (!known.containsKey(symbol)) {
            known = reload();
        }
        return Optional.ofNullable(known.get(symbol));
    }

    /** A symbol as the exchange lists it, before it is checked. */
    public record Listing(
            String symbol,
            String baseAsset,
            String quoteAsset,
            BigDecimal tickSize,
            BigDecimal stepSize,
            BigDecimal minNotional,
            OrderLimits limits,
            String status) {

        public Listing(
                String symbol,
                String baseAsset,
                String quoteAsset,
                BigDecimal tickSize,
                BigDecimal stepSize,
                BigDecimal minNotional) {
            this(
                    symbol,
                    baseAsset,
                    quoteAsset,
                    tickSize,
                    stepSize,
                    minNotional,
                    OrderLimits.stepOnly(stepSize),
                    Symbol.TRADING);
        }
    }

    /**
     * Makes the catalog exactly the given listings: updated, added, and every other symbol
     * marked {@link #NOT_LISTED} (rows stay: operations refer to them). Listings that are not
     * well-formed are skipped. Answers how many symbols are now tradable.
     */
    @Transactional
    public int replaceAll(List<Listing> listings) {
        List<Symbol> valid = new ArrayList<>();
        for (Listing listing : listings) {
            try {
                valid.add(new Symbol(
                        listing.symbol(),
                        Asset.of(listing.baseAsset()),
                        Asset.of(listing.quoteAsset()),
                        listing.tickSize(),
                        listing.stepSize(),
                        listing.minNotional(),
                        listing.limits(),
                        listing.status()));
            } catch (IllegalArgumentException malformed) {
                // An exotic listing our rules cannot hold; nobody can trade it through Robson.
            }
        }
        jdbc.sql("UPDATE symbols SET trading = FALSE, status = :status")
                .param("status", NOT_LISTED)
                .update();
        for (Symbol symbol : valid) {
            int updated = jdbc.sql("""
                    UPDATE symbols SET base_asset = :base, quote_asset = :quote, tick_size = :tick,
                           step_size = :step, min_notional = :minNotional, trading = :trading, status = :status,
                           min_qty = :minQty, max_qty = :maxQty, market_min_qty = :marketMinQty,
                           market_max_qty = :marketMaxQty, market_step_size = :marketStep,
                           max_notional = :maxNotional, apply_min_to_market = :applyMin,
                           apply_max_to_market = :applyMax
                    WHERE symbol = :symbol""").params(filters(symbol)).update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO symbols (symbol, base_asset, quote_asset, tick_size, step_size, min_notional, trading,
                                             status, min_qty, max_qty, market_min_qty, market_max_qty,
                                             market_step_size, max_notional, apply_min_to_market, apply_max_to_market)
                        VALUES (:symbol, :base, :quote, :tick, :step, :minNotional, :trading, :status, :minQty,
                                :maxQty, :marketMinQty, :marketMaxQty, :marketStep, :maxNotional, :applyMin, :applyMax)""").params(filters(symbol)).update();
            }
        }
        reload();
        return (int) valid.stream().filter(Symbol::trading).count();
    }

    private static Map<String, Object> filters(Symbol symbol) {
        OrderLimits limits = symbol.limits();
        Map<String, Object> params = new HashMap<>();
        params.put("symbol", symbol.name());
        params.put("base", symbol.base().code());
        params.put("quote", symbol.quote().code());
        params.put("tick", symbol.tickSize());
        params.put("step", symbol.stepSize());
        params.put("minNotional", symbol.minNotional());
        params.put("trading", symbol.trading());
        params.put("status", symbol.status());
        params.put("minQty", limits.minQty());
        params.put("maxQty", limits.maxQty());
        params.put("marketMinQty", limits.marketMinQty());
        params.put("marketMaxQty", limits.marketMaxQty());
        params.put("marketStep", limits.marketStepSize());
        params.put("maxNotional", limits.maxNotional());
        params.put("applyMin", limits.applyMinToMarket());
        params.put("applyMax", limits.applyMaxToMarket());
        return params;
    }

    /** The symbols the exchange trades now. */
    public List<Symbol> all() {
        return reload().values().stream().filter(Symbol::trading).toList();
    }

    private Map<String, Symbol> reload() {
        Map<String, Symbol> loaded = jdbc.sql(SELECT).query(SymbolCatalog::symbol).list().stream()
                .collect(Collectors.toUnmodifiableMap(Symbol::name, Function.identity()));
        bySymbol = new ConcurrentHashMap<>(loaded);
        return loaded;
    }

    private static Symbol symbol(ResultSet rs, int row) throws SQLException {
        BigDecimal step = rs.getBigDecimal("step_size");
        BigDecimal minQty = rs.getBigDecimal("min_qty");
        BigDecimal marketMin = rs.getBigDecimal("market_min_qty");
        BigDecimal marketStep = rs.getBigDecimal("market_step_size");
        OrderLimits limits = new OrderLimits(
                minQty == null ? step : minQty,
                rs.getBigDecimal("max_qty"),
                marketMin == null ? BigDecimal.ZERO : marketMin,
                rs.getBigDecimal("market_max_qty"),
                marketStep == null ? BigDecimal.ZERO : marketStep,
                rs.getBigDecimal("max_notional"),
                rs.getBoolean("apply_min_to_market"),
                rs.getBoolean("apply_max_to_market"));
        return new Symbol(
                rs.getString("symbol"),
                Asset.of(rs.getString("base_asset")),
                Asset.of(rs.getString("quote_asset")),
                rs.getBigDecimal("tick_size"),
                step,
                rs.getBigDecimal("min_notional"),
                limits,
                rs.getString("status"));
    }
}
