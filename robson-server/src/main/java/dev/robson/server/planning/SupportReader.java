package dev.robson.server.planning;

import dev.robson.core.market.Candle;
import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import dev.robson.core.planning.Strategy;
import dev.robson.core.planning.stop.StopFinder;
import dev.robson.core.planning.stop.StopOutcome;
import dev.robson.server.market.CandleHistory;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.QuoteSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads what a plan is drawn from: the ask now (E) from the quote cache, and the strategy's
 * candles from the candle history cache, which asks the exchange at most once per symbol and
 * candle close (one klines call, weight 2 of the candle share, per 15 minutes). Network reads:
 * never inside a database transaction.
 */
@Component
class SupportReader {

    private final QuoteSource quotes;
    private final CandleHistory history;

    SupportReader(QuoteSource quotes, CandleHistory history) {
        this.quotes = quotes;
        this.history = history;
    }

    /** The chart and the entry reference E a plan on {@code symbol} would read now. */
    record Market(Price entryReference, List<Candle> candles) {}

    Market market(Strategy strategy, Symbol symbol) {
        MarketQuote quote = quotes.quote(symbol);
        if (quote.stale()) {
            throw PlanProblems.dataUnavailable("The market for " + symbol.name() + " is not answering (the last ask is "
                    + quote.quote().ask() + " from " + quote.quote().readAt() + ")");
        }
        return new Market(quote.quote().ask(), candles(strategy, symbol));
    }

    /** The ask now, for a confirmation; the candles are not read again (the stop is the plan's). */
    Price freshAsk(Symbol symbol) {
        MarketQuote quote = quotes.quote(symbol);
        if (quote.stale()) {
            throw PlanProblems.dataUnavailable("The market for " + symbol.name() + " is not answering");
        }
        return quote.quote().ask();
    }

    /** What the finder reads off the chart at E = the ask now. */
    StopOutcome levels(Strategy strategy, Symbol symbol, Instant now) {
        Market market = market(strategy, symbol);
        return new StopFinder(strategy.finderParameters())
                .find(market.candles(), strategy.timeframe(), market.entryReference(), symbol.tickSize(), now);
    }

    /**
     * Whole days of history covering the lookback and the forming candle: 2 for 100 closed
     * 15-minute candles (25 hours), so the chart shares its cache entry with any other reader.
     */
    private List<Candle> candles(Strategy strategy, Symbol symbol) {
        Duration span = strategy.timeframe()
                .length()
                .multipliedBy(strategy.finderParameters().lookback() + 1L);
        int days = (int)
                Math.max(1, -Math.floorDiv(-span.toSeconds(), Duration.ofDays(1).toSeconds()));
        return history.candles(symbol, strategy.timeframe().code(), days);
    }
}
