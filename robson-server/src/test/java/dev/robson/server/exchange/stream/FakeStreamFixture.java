package dev.robson.server.exchange.stream;

import dev.robson.core.market.Quote;
import dev.robson.server.exchange.stream.fake.FakeBookTickerStream;
import dev.robson.server.monitor.PriceWatcher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;

/**
 * What a test of the stream on its own starts from: a fresh fake Binance stream over real
 * sockets, a watcher the test fills, the stream's meters; the stream it starts and the fake
 * are both closed after the test.
 */
abstract class FakeStreamFixture {

    /** Quick everything: resync 50 ms, backoff 100 → 400 ms, no pace; nothing silent or old for a day. */
    static final StreamProperties QUICK = new StreamProperties(
            Duration.ofMillis(50),
            Duration.ofSeconds(10),
            Duration.ofDays(1),
            Duration.ofDays(1),
            Duration.ofMillis(100),
            Duration.ofMillis(400),
            Duration.ZERO,
            Duration.ofSeconds(2));

    final FakeBookTickerStream binance = FakeBookTickerStream.start();
    final Watcher watcher = new Watcher();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    BookTickerStream stream;

    @AfterEach
    final void stopStream() {
        if (stream != null) {
            stream.stop();
        }
        binance.close();
    }

    void start(StreamProperties settings, Clock clock) {
        stream = new BookTickerStream(binance.wsUrl(), settings, watcher, clock, meters);
        stream.start();
    }

    /** {@link #QUICK}, but a connection that hears nothing for {@code silentFor} is taken for dead. */
    static StreamProperties quickButSilentAfter(Duration silentFor) {
        return new StreamProperties(
                QUICK.resync(),
                QUICK.liveWithin(),
                silentFor,
                QUICK.renewAfter(),
                QUICK.backoffMin(),
                QUICK.backoffMax(),
                QUICK.pace(),
                QUICK.connectTimeout());
    }

    /** Follows what the test puts in {@code symbols}; keeps every price it is given. */
    static final class Watcher implements PriceWatcher {

        final Set<String> symbols = ConcurrentHashMap.newKeySet();
        final BlockingQueue<Quote> quotes = new LinkedBlockingQueue<>();

        @Override
        public Set<String> watchedSymbols() {
            return Set.copyOf(symbols);
        }

        @Override
        public void react(Quote quote) {
            quotes.add(quote);
        }
    }
}
