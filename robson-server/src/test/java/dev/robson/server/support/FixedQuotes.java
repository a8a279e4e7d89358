package dev.robson.server.support;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.PriceSource;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.problem.ApiProblem;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A market whose prices the test sets, so every expected number can be worked out by hand. */
public class FixedQuotes implements QuoteSource {

    public static final Instant READ_AT = Instant.parse("2026-01-05T12:00:00Z");

    private final Map<String, Quote> quotes = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** How often the market was asked, by anyone. */
    public int calls() {
        return calls.get();
    }

    /**
     * The book the suite's usual BTC position ({@link TestTenants#longBtc}) is valued against:
     * BTCUSDC bid 89,245.00, ask 89,246.00, last at the bid.
     */
    public void setUsualBtcBook() {
        set("BTCUSDC", "89245.00", "89246.00");
    }

    public void set(String symbol, String bid, String ask) {
        set(symbol, bid, ask, bid);
    }

    public void set(String symbol, String bid, String ask, String last) {
        quotes.put(symbol, new Quote(symbol, Price.of(bid), Price.of(ask), Price.of(last), READ_AT));
    }

    @Override
    public MarketQuote quote(Symbol symbol) {
        calls.incrementAndGet();
        Quote quote = quotes.get(symbol.name());
        if (quote == null) {
            throw ApiProblem.unavailable("market_unavailable", "No price for " + symbol.name() + ".");
        }
        return new MarketQuote(quote, PriceSource.SIMULATED, false);
    }
}
