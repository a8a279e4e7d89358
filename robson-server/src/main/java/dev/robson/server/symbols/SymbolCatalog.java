package dev.robson.server.symbols;

import dev.robson.core.market.Asset;
import dev.robson.core.market.OrderLimits;
import dev.robson.core.market.Symbol;
import dev.robson.server.problem.ApiProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
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
@Service
public class SymbolCatalog {

    /** The status of a symbol exchangeInfo no longer lists. */
    public static final String NOT_LISTED = "NOT_LISTED";

    private final SymbolRepository repository;
    private volatile Map<String, Symbol> bySymbol = Map.of();

    SymbolCatalog(SymbolRepository repository) {
        this.repository = repository;
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
        repository.replaceAll(valid, NOT_LISTED);
        reload();
        return (int) valid.stream().filter(Symbol::trading).count();
    }

    /** The symbols the exchange trades now. */
    public List<Symbol> all() {
        return reload().values().stream().filter(Symbol::trading).toList();
    }

    private Map<String, Symbol> reload() {
        Map<String, Symbol> loaded =
                repository.all().stream().collect(Collectors.toUnmodifiableMap(Symbol::name, Function.identity()));
        bySymbol = new ConcurrentHashMap<>(loaded);
        return loaded;
    }
}
