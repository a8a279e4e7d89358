package dev.robson.server.exchange.stream;

import dev.robson.core.market.Quote;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the newest price of each symbol to one consumer (the stop monitor, or the quote cache),
 * on one thread of its own. A busy book sends dozens of updates a second and only the newest
 * matters, so a price still waiting is replaced by the next one (conflation), and each symbol
 * reaches the consumer at most once per {@code pace}. The stream's reading thread never waits on
 * the database, and a slow database never builds a queue of old prices.
 */
final class ConflatedQuotes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConflatedQuotes.class);

    private final Map<String, Quote> waiting = new ConcurrentHashMap<>();
    private final Semaphore arrivals = new Semaphore(0);
    private final String consumerName;
    private final Consumer<Quote> watcher;
    private final Duration pace;
    private final Thread worker;
    private volatile boolean open = true;
    private boolean failing;

    /** @param consumerName what takes the prices, as the log names it ("the stop monitor") */
    ConflatedQuotes(String consumerName, Consumer<Quote> watcher, Duration pace) {
        this.consumerName = consumerName;
        this.watcher = watcher;
        this.pace = pace;
        // A platform thread, not a virtual one: under a flood of requests a virtual thread waits
        // its turn behind every runnable request on the carriers, long enough for a streamed
        // price to age past its refresh point and send the symbol to REST. The OS schedules this
        // one beside the carriers as soon as a price arrives.
        this.worker = Thread.ofPlatform().name("book-ticker-hand-off").daemon().unstarted(this::deliver);
        worker.start();
    }

    void offer(Quote quote) {
        waiting.put(quote.symbol(), quote);
        arrivals.release();
    }

    /** Stops after the reaction under way, if any; prices still waiting are dropped. */
    @Override
    public void close() {
        open = false;
        arrivals.release();
        try {
            worker.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver() {
        try {
            while (open) {
                arrivals.acquire();
                arrivals.drainPermits();
                long started = System.nanoTime();
                for (String symbol : List.copyOf(waiting.keySet())) {
                    Quote newest = waiting.remove(symbol);
                    if (newest != null && open) {
                        react(newest);
                    }
                }
                long rest = pace.toNanos() - (System.nanoTime() - started);
                if (rest > 0 && open) {
                    Thread.sleep(Duration.ofNanos(rest));
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void react(Quote quote) {
        try {
            watcher.accept(quote);
            if (failing) {
                failing = false;
                log.info("Stream prices reach {} again", consumerName);
            }
        } catch (RuntimeException failure) {
            // Said once per outage, not once per price: the tick retries through REST meanwhile.
            if (!failing) {
                failing = true;
                log.warn(
                        "A stream price for {} did not reach {} ({}); later prices retry",
                        quote.symbol(),
                        consumerName,
                        failure.getClass().getSimpleName());
            }
        }
    }
}
