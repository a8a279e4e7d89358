package dev.robson.server.bench;

import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.exchange.stream.fake.FakeBookTickerStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A busy book on the fake stream: publishes a symbol's current REST book (so stream and REST
 * agree and no stop is crossed) so many times a second, as Binance's book ticker does for a
 * liquid symbol.
 */
final class StreamTicker {

    private final FakeBinance binance;
    private final FakeBookTickerStream stream;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, ScheduledFuture<?>> tickers = new ConcurrentHashMap<>();

    StreamTicker(FakeBinance binance, FakeBookTickerStream stream) {
        this.binance = binance;
        this.stream = stream;
    }

    void publish(String symbol, int perSecond) {
        ScheduledFuture<?> previous = tickers.remove(symbol);
        if (previous != null) {
            previous.cancel(false);
        }
        if (perSecond > 0) {
            tickers.put(
                    symbol,
                    clock.scheduleAtFixedRate(
                            () -> {
                                List<String> book = binance.bestBidAndAsk(symbol);
                                stream.publish(symbol, book.get(0), book.get(1));
                            },
                            0,
                            1_000_000 / perSecond,
                            TimeUnit.MICROSECONDS));
        }
    }
}
