package dev.robson.server.market;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.server.problem.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** An upstream that counts its calls, can be slow, and can fail on demand. */
final class CountingQuotes implements QuoteSource {

    private final Clock clock;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile Duration latency = Duration.ZERO;
    private volatile String bid = "89245.00";
    private volatile CountDownLatch gate = new CountDownLatch(0);

    CountingQuotes(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MarketQuote quote(Symbol symbol) {
        calls.incrementAndGet();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failing.get()) {
            throw ApiProblem.unavailable("market_unavailable", "upstream down");
        }
        Price bidPrice = Price.of(bid);
        Price ask = Price.of(bidPrice.value().add(symbol.tickSize()));
        return new MarketQuote(
                new Quote(symbol.name(), bidPrice, ask, bidPrice, clock.instant()), PriceSource.BINANCE, false);
    }

    int calls() {
        return calls.get();
    }

    void failing(boolean fail) {
        failing.set(fail);
    }

    void latency(Duration value) {
        latency = value;
    }

    /** Every call from now on waits inside the exchange until {@link #open}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    void bid(String value) {
        bid = value;
    }
}
