package dev.robson.server.exchange.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.server.exchange.Eventually;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class ConflatedQuotesTest {

    private final List<Quote> received = new CopyOnWriteArrayList<>();

    @Test
    void whenPricesArriveWhileTheWatcherIsBusyThenOnlyTheNewestOfEachSymbolFollows() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ConflatedQuotes quotes = new ConflatedQuotes(
                "the test",
                quote -> {
                    received.add(quote);
                    busy.countDown();
                    await(release);
                },
                Duration.ZERO)) {
            quotes.offer(quote("BTCUSDC", "89000.00"));
            assertThat(busy.await(2, TimeUnit.SECONDS)).isTrue();

            quotes.offer(quote("BTCUSDC", "88000.00"));
            quotes.offer(quote("ETHUSDC", "3000.00"));
            quotes.offer(quote("BTCUSDC", "87000.00"));
            release.countDown();

            Eventually.within(Duration.ofSeconds(2), "three reactions", () -> received.size() == 3);
            Eventually.never(Duration.ofMillis(100), "a fourth reaction", () -> received.size() > 3);
        }
        assertThat(received.getFirst().bid()).isEqualTo(Price.of("89000.00"));
        assertThat(received.subList(1, 3))
                .extracting(quote -> quote.symbol() + " " + quote.bid())
                .containsExactlyInAnyOrder("BTCUSDC 87000", "ETHUSDC 3000");
    }

    @Test
    void whenPricesKeepComingThenEachSymbolReachesTheWatcherAtMostOncePerPace() throws Exception {
        Duration pace = Duration.ofMillis(200);
        long started = System.nanoTime();
        try (ConflatedQuotes quotes = new ConflatedQuotes("the test", received::add, pace)) {
            // A price every 5 ms until the third has reached the watcher.
            Awaitility.await("three reactions")
                    .atMost(Duration.ofSeconds(10))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> {
                        quotes.offer(quote("BTCUSDC", "89000.00"));
                        return received.size() >= 3;
                    });
        }
        // Hundreds of prices, yet three reactions took at least two paces: a slow machine only
        // makes this longer, a watcher reached once per price would take a few milliseconds.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(pace.multipliedBy(2));
        assertThat(received).hasSizeBetween(3, 4);
    }

    @Test
    void whenTheWatcherFailsThenLaterPricesStillReachIt() {
        try (ConflatedQuotes quotes = new ConflatedQuotes(
                "the test",
                quote -> {
                    received.add(quote);
                    if (received.size() == 1) {
                        throw new IllegalStateException("database unavailable");
                    }
                },
                Duration.ZERO)) {
            quotes.offer(quote("BTCUSDC", "89000.00"));
            Eventually.within(Duration.ofSeconds(2), "the failing reaction", () -> received.size() == 1);
            quotes.offer(quote("BTCUSDC", "88000.00"));
            Eventually.within(Duration.ofSeconds(2), "the next reaction", () -> received.size() == 2);
        }
    }

    private static Quote quote(String symbol, String bid) {
        Price price = Price.of(bid);
        return new Quote(symbol, price, price, price, Instant.parse("2026-01-05T12:00:00Z"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
