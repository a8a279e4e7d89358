package dev.robson.server.symbols;

import dev.robson.core.market.Asset;
import dev.robson.core.market.Symbol;
import dev.robson.server.problem.ApiProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The symbols the server knows, with their exchange filters (tick size, step size, minimum
 * notional). A request may only name one of these: user text never reaches the exchange.
 * Held in memory because every valuation needs them and they change about never.
 */
@Repository
public class SymbolCatalog {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Z0-9]{2,24}");

    private final JdbcClient jdbc;
    private volatile Map<String, Symbol> bySymbol = Map.of();

    SymbolCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The symbol a request names: 400 when malformed, 404 when the server does not trade it. */
    public Symbol require(String requested) {
        if (requested == null || !WELL_FORMED.matcher(requested).matches()) {
            throw ApiProblem.badRequest("invalid_symbol",
                    "A symbol is 2 to 24 upper-case letters or digits, like BTCUSDC.");
        }
        return find(requested).orElseThrow(() -> ApiProblem.notFound("unknown_symbol",
                "Robson does not trade " + requested + "."));
    }

    public Optional<Symbol> find(String symbol) {
        Map<String, Symbol> known = bySymbol;
        if (!known.containsKey(symbol)) {
            known = reload();
        }
        return Optional.ofNullable(known.get(symbol));
    }

    /** A symbol as the exchange lists it, before it is checked. */
    public record Listing(String symbol, String baseAsset, String quoteAsset, BigDecimal tickSize,
            BigDecimal stepSize, BigDecimal minNotional) {
    }

    /**
     * Makes the catalog exactly the given listings: updated, added, and every other symbol
     * marked not trading (rows stay: operations refer to them). Listings that are not
     * well-formed are skipped. Answers how many symbols are now tradable.
     */
    @Transactional
    public int replaceAll(List<Listing> listings) {
        List<Symbol> valid = new ArrayList<>();
        for (Listing listing : listings) {
            try {
                valid.add(new Symbol(listing.symbol(), Asset.of(listing.baseAsset()), Asset.of(listing.quoteAsset()),
                        listing.tickSize(), listing.stepSize(), listing.minNotional()));
            } catch (IllegalArgumentException malformed) {
                // An exotic listing our rules cannot hold; nobody can trade it through Robson.
            }
        }
        jdbc.sql("UPDATE symbols SET trading = FALSE").update();
        for (Symbol symbol : valid) {
            int updated = jdbc.sql("""
                    UPDATE symbols SET base_asset = :base, quote_asset = :quote, tick_size = :tick,
                           step_size = :step, min_notional = :minNotional, trading = TRUE
                    WHERE symbol = :symbol""")
                    .params(filters(symbol)).update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO symbols (symbol, base_asset, quote_asset, tick_size, step_size, min_notional, trading)
                        VALUES (:symbol, :base, :quote, :tick, :step, :minNotional, TRUE)""")
                        .params(filters(symbol)).update();
            }
        }
        reload();
        return valid.size();
    }

    private static Map<String, Object> filters(Symbol symbol) {
        return Map.of("symbol", symbol.name(), "base", symbol.base().code(), "quote", symbol.quote().code(),
                "tick", symbol.tickSize(), "step", symbol.stepSize(), "minNotional", symbol.minNotional());
    }

    public List<Symbol> all() {
        return List.copyOf(reload().values());
    }

    private Map<String, Symbol> reload() {
        Map<String, Symbol> loaded = jdbc.sql("""
                SELECT symbol, base_asset, quote_asset, tick_size, step_size, min_notional
                FROM symbols WHERE trading = TRUE""")
                .query((rs, n) -> new Symbol(rs.getString("symbol"), Asset.of(rs.getString("base_asset")),
                        Asset.of(rs.getString("quote_asset")), rs.getBigDecimal("tick_size"),
                        rs.getBigDecimal("step_size"), rs.getBigDecimal("min_notional")))
                .list().stream()
                .collect(Collectors.toUnmodifiableMap(Symbol::name, Function.identity()));
        bySymbol = new ConcurrentHashMap<>(loaded);
        return loaded;
    }
}
