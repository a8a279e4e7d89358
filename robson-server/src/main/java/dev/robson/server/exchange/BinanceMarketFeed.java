package dev.robson.server.exchange;

import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.exchange.binance.BinanceException;
import dev.robson.server.exchange.binance.BookTicker;
import dev.robson.server.exchange.binance.Kline;
import dev.robson.server.exchange.binance.WeightShareSpent;
import dev.robson.server.market.CandleSource;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.PriceSource;
import dev.robson.server.market.QuoteReads;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.problem.ApiProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The exchange as a market feed: the book's best bid and ask plus the last trade for quotes,
 * klines for candles. Only symbols from the catalog reach it, by the catalog's own names.
 * Failures become 503 problems, which the quote cache turns into stale answers while it can.
 */
class BinanceMarketFeed implements QuoteSource, CandleSource {

    /** Binance serves at most this many klines per request. */
    private static final int KLINES_PER_PAGE = 1000;

    private static final Executor LAST_TRADE_READS =
            runnable -> Thread.ofVirtual().name("last-trade").start(runnable);

    private final BinanceClient binance;
    private final Clock clock;

    BinanceMarketFeed(BinanceClient binance, Clock clock) {
        this.binance = binance;
        this.clock = clock;
    }

    @Override
    public MarketQuote quote(Symbol symbol) {
        // The two reads go out together: a quote then costs one round trip to the exchange, not two.
        CompletableFuture<BigDecimal> lastTrade =
                CompletableFuture.supplyAsync(() -> binance.lastPrice(symbol.name()), LAST_TRADE_READS);
        try {
            BookTicker book = binance.bookTicker(symbol.name());
            // An answer about another symbol (a proxy's cache, a mixed-up connection) is no price for this one.
            if (!symbol.name().equals(book.symbol())) {
                throw unexpected(symbol, "a book for " + book.symbol());
            }
            Price last = Price.of(QuoteReads.await(lastTrade));
            Quote quote = new Quote(
                    symbol.name(), Price.of(book.bidPrice()), Price.of(book.askPrice()), last, clock.instant());
            return new MarketQuote(quote, PriceSource.BINANCE, false);
        } catch (BinanceException failure) {
            throw unavailable(symbol, failure);
        }
    }

    @Override
    public List<Candle> candles(Symbol symbol, CandleInterval interval, Instant from, Instant to) {
        List<Candle> candles = new ArrayList<>();
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        Instant now = clock.instant();
        try {
            while (start <= end) {
                List<Kline> page = binance.klines(symbol.name(), interval.code(), start, end, KLINES_PER_PAGE);
                for (Kline kline : page) {
                    requireAsked(symbol, interval, kline, start, end);
                    Instant open = Instant.ofEpochMilli(kline.openTimeMs());
                    // Binance's close time is the bar's last millisecond; ours is the next bar's open.
                    Instant close = open.plus(interval.length());
                    candles.add(new Candle(
                            open,
                            close,
                            Price.of(kline.open()),
                            Price.of(kline.high()),
                            Price.of(kline.low()),
                            Price.of(kline.close()),
                            kline.volume(),
                            !close.isAfter(now)));
                }
                if (page.size() < KLINES_PER_PAGE) {
                    break;
                }
                start = page.getLast().openTimeMs() + interval.length().toMillis();
            }
        } catch (WeightShareSpent spent) {
            // Candles wait for the next minute rather than take weight that orders and quotes need.
            long seconds = Math.max(
                    1, Duration.between(clock.instant(), spent.retryAfter()).toSeconds() + 1);
            throw ApiProblem.tooManyRequests(
                    "exchange_weight_exhausted",
                    "Candle history has used its share of " + "the exchange's request weight for this minute; retry in "
                            + seconds + " s.",
                    seconds);
        } catch (BinanceException failure) {
            throw unavailable(symbol, failure);
        }
        return candles;
    }

    @Override
    public PriceSource source() {
        return PriceSource.BINANCE;
    }

    /**
     * A candle must be what was asked: inside the range, on the interval's grid, one interval
     * long (Binance's close time is the bar's last millisecond). Months vary in length: only
     * the range is checked for them.
     */
    private static void requireAsked(Symbol symbol, CandleInterval interval, Kline kline, long start, long end) {
        boolean inRange = kline.openTimeMs() >= start && kline.openTimeMs() <= end;
        boolean monthly = "1M".equals(interval.code());
        boolean oneInterval = monthly
                || kline.closeTimeMs() - kline.openTimeMs() + 1
                        == interval.length().toMillis();
        if (!inRange || !oneInterval) {
            throw unexpected(
                    symbol,
                    "a " + (kline.closeTimeMs() - kline.openTimeMs() + 1) + " ms candle at " + kline.openTimeMs()
                            + " for " + interval.code() + " candles from " + start + " to " + end);
        }
    }

    private static ApiProblem unexpected(Symbol symbol, String what) {
        return ApiProblem.unavailable(
                "market_unavailable", "The exchange answered for " + symbol.name() + " with " + what + "; not used.");
    }

    private static ApiProblem unavailable(Symbol symbol, BinanceException failure) {
        return ApiProblem.unavailable(
                "market_unavailable",
                "The exchange did not answer for " + symbol.name() + " ("
                        + failure.getClass().getSimpleName() + ").");
    }
}
