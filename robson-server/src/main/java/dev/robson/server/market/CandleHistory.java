package dev.robson.server.market;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Symbol;
import dev.robson.server.problem.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Candle history with validation and caching. A history only changes when a candle closes,
 * so each answer is kept until the next close of its interval. The cache is bounded by the
 * candles it holds in all, not by answers: one answer may hold 1 candle or 10,080, and
 * counting answers let a few hundred large ones fill the heap.
 */
public final class CandleHistory {

    static final int MAX_DAYS = 30;

    private final CandleSource source;
    private final Clock clock;
    private final int maxCandles;
    private final Cache<Key, Answer> answers;

    public CandleHistory(CandleSource source, Clock clock, int maxCandles, long maxCachedCandles) {
        this.source = source;
        this.clock = clock;
        this.maxCandles = maxCandles;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxCachedCandles)
                .weigher(
                        (Key key, Answer answer) -> Math.max(1, answer.candles().size()))
                .expireAfter(Expiry.<Key, Answer>creating((key, answer) ->
                        Duration.between(clock.instant(), answer.validUntil()).isNegative()
                                ? Duration.ZERO
                                : Duration.between(clock.instant(), answer.validUntil())))
                .build();
    }

    /** With the open of the interval's forming candle: an answer serves only until that candle closes. */
    record Key(String symbol, CandleInterval interval, int days, Instant formingOpen) {}

    record Answer(List<Candle> candles, Instant validUntil) {}

    public List<Candle> candles(Symbol symbol, String intervalCode, int days) {
        CandleInterval interval = CandleInterval.fromCode(intervalCode)
                .orElseThrow(() -> ApiProblem.badRequest(
                        "invalid_interval", "interval is one of 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w."));
        if (days < 1 || days > MAX_DAYS) {
            throw ApiProblem.badRequest("invalid_days", "days is a whole number from 1 to " + MAX_DAYS + ".");
        }
        long count = Duration.ofDays(days).dividedBy(interval.length());
        if (count > maxCandles) {
            throw ApiProblem.badRequest(
                    "too_many_candles",
                    days + " days of " + intervalCode + " candles is " + count
                            + " candles; the most one request returns is " + maxCandles + ".");
        }
        Instant now = clock.instant();
        Key key = new Key(symbol.name(), interval, days, interval.openOf(now));
        return answers.get(key, k -> load(symbol, interval, days, now)).candles();
    }

    private Answer load(Symbol symbol, CandleInterval interval, int days, Instant now) {
        Instant formingOpen = interval.openOf(now);
        Instant from = formingOpen.minus(Duration.ofDays(days)).plus(interval.length());
        List<Candle> candles = List.copyOf(source.candles(symbol, interval, from, now));
        return new Answer(candles, formingOpen.plus(interval.length()));
    }

    /** The candles the cache holds now, in all answers (after pending evictions). */
    public long cachedCandles() {
        answers.cleanUp();
        return answers.policy()
                .eviction()
                .map(eviction -> eviction.weightedSize().orElse(0L))
                .orElse(0L);
    }

    public PriceSource source() {
        return source.source();
    }
}
