package dev.robson.server.symbols;

import dev.robson.core.market.Asset;
import dev.robson.core.market.Symbol;
import dev.robson.server.problem.ApiProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
