package dev.robson.server.exchange.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.server.exchange.Eventually;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.PriceSource;
import dev.robson.server.monitor.PriceWatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The stream hands each price to the quote cache and to the stop monitor on separate threads: a
 * monitor slowed by its database never holds back the prices that requests, push and the other
 * replicas read (a held-back price ages, and its symbol would then be asked of REST).
 */
class StreamHandOffTest extends FakeStreamFixture {

    private static final Duration WAIT = Duration.ofSeconds(3);

    private final CountDownLatch monitorBusy = new CountDownLatch(1);
    private final CountDownLatch monitorReleased = new CountDownLatch(1);
    private final BlockingQueue<MarketQuote> cached = new LinkedBlockingQueue<>();

    /** Follows two symbols and stays inside its first reaction until the test releases it. */
    private final PriceWatcher slowMonitor = new PriceWatcher() {
        @Override
        public Set<String> watchedSymbols() {
            return Set.of("BTCUSDC", "ETHUSDC");
        }

        @Override
        public void react(Quote quote) {
            monitorBusy.countDown();
            try {
                monitorReleased.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    };

    @Test
    void whenTheMonitorIsStillReactingThenLaterPricesReachTheQuoteCacheAsLiveBinancePrices() throws Exception {
        stream = new BookTickerStream(binance.wsUrl(), QUICK, slowMonitor, cached::add, Clock.systemUTC(), meters);
        stream.start();
        try {
            Eventually.within(
                    WAIT, "subscribed to both", () -> binance.subscribed("BTCUSDC") && binance.subscribed("ETHUSDC"));
            binance.publish("BTCUSDC", "89000.00", "89000.01");
            assertThat(monitorBusy.await(3, TimeUnit.SECONDS))
                    .as("the monitor took the first price")
                    .isTrue();

            binance.publish("ETHUSDC", "3012.45", "3012.46");
            binance.publish("BTCUSDC", "88990.00", "88990.01");

            // The two wait side by side, so they reach the cache in either order.
            List<MarketQuote> seen = cachedUntil(prices -> prices.stream()
                            .anyMatch(quote -> quote.quote().symbol().equals("ETHUSDC"))
                    && prices.stream().anyMatch(quote -> quote.quote().bid().equals(Price.of("88990.00"))));
            assertThat(monitorReleased.getCount())
                    .as("the monitor is still inside its first reaction")
                    .isEqualTo(1);
            assertThat(seen).allSatisfy(quote -> {
                assertThat(quote.source()).isEqualTo(PriceSource.BINANCE);
                assertThat(quote.stale()).isFalse();
            });
        } finally {
            monitorReleased.countDown();
        }
    }

    /** The cached prices, in arrival order, until they satisfy {@code wanted}; fails after {@link #WAIT}. */
    private List<MarketQuote> cachedUntil(Predicate<List<MarketQuote>> wanted) throws Exception {
        List<MarketQuote> seen = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            MarketQuote next = cached.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            seen.add(next);
            if (wanted.test(seen)) {
                return seen;
            }
        }
        throw new AssertionError("the quote cache never got the expected price; it got " + seen);
    }
}
