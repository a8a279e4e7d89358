package dev.robson.server.market;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A market that moves without an exchange: a seeded random walk in whole ticks around real
 * price levels, stepping once per second, with a spread of a few ticks. Integer tick
 * arithmetic keeps every price exact and on the symbol's tick grid.
 */
public class SimulatedMarket implements QuoteSource {

    /** Walk size per second: about one basis point of the price, like BTC on a calm day. */
    private static final BigDecimal STEP_FRACTION = new BigDecimal("0.0001");
    /** Widest spread: about 0.1 basis point. */
    private static final BigDecimal SPREAD_FRACTION = new BigDecimal("0.00001");
    /** Beyond this many missed seconds the walk jumps instead of replaying every step. */
    private static final long MAX_REPLAYED_STEPS = 3_600;

    private final Clock clock;
    private final long seed;
    private final Map<String, BigDecimal> anchors;
    private final Map<String, Walk> walks = new ConcurrentHashMap<>();

    public SimulatedMarket(Clock clock, long seed, Map<String, BigDecimal> anchors) {
        this.clock = clock;
        this.seed = seed;
        this.anchors = Map.copyOf(anchors);
    }

    @Override
    public MarketQuote quote(Symbol symbol) {
        Walk walk = walks.computeIfAbsent(symbol.name(), name -> new Walk(symbol, anchorOf(symbol)));
        return new MarketQuote(walk.quoteAt(clock.instant()), PriceSource.SIMULATED, false);
    }

    private BigDecimal anchorOf(Symbol symbol) {
        BigDecimal anchor = anchors.get(symbol.name());
        return anchor != null ? anchor : anchors.getOrDefault(symbol.base().code(), BigDecimal.valueOf(100));
    }

    /** One symbol's walk; its state changes only under its own lock. */
    private final class Walk {
        private final Symbol symbol;
        private final long anchorTicks;
        private final long maxStepTicks;
        private final long maxSpreadTicks;
        private final Random random;
        private long midTicks;
        private long spreadTicks = 1;
        private boolean lastTradeAtAsk;
        private long lastSecond = Long.MIN_VALUE;

        Walk(Symbol symbol, BigDecimal anchor) {
            this.symbol = symbol;
            this.anchorTicks = ticks(anchor);
            this.maxStepTicks = Math.max(1, ticks(anchor.multiply(STEP_FRACTION)));
            this.maxSpreadTicks = Math.max(1, ticks(anchor.multiply(SPREAD_FRACTION)));
            this.random = new Random(seed ^ symbol.name().hashCode());
            this.midTicks = anchorTicks;
        }

        synchronized Quote quoteAt(Instant now) {
            long second = now.getEpochSecond();
            if (lastSecond == Long.MIN_VALUE) {
                lastSecond = second;
            }
            long steps = Math.min(Math.max(0, second - lastSecond), MAX_REPLAYED_STEPS);
            for (long i = 0; i < steps; i++) {
                step();
            }
            lastSecond = Math.max(lastSecond, second);
            BigDecimal bid = price(midTicks);
            BigDecimal ask = price(midTicks + spreadTicks);
            BigDecimal last = lastTradeAtAsk ? ask : bid;
            return new Quote(symbol.name(), Price.of(bid), Price.of(ask), Price.of(last),
                    Instant.ofEpochSecond(second));
        }

        private void step() {
            // A gentle pull back to the anchor keeps a long-running demo near real levels.
            long pull = (anchorTicks - midTicks) / 500;
            midTicks = Math.max(1, midTicks + pull + random.nextLong(-maxStepTicks, maxStepTicks + 1));
            spreadTicks = 1 + random.nextLong(maxSpreadTicks);
            // The last trade printed at one side of the book or the other.
            lastTradeAtAsk = random.nextBoolean();
        }

        private long ticks(BigDecimal amount) {
            return amount.divide(symbol.tickSize(), 0, RoundingMode.HALF_UP).longValueExact();
        }

        private BigDecimal price(long ticks) {
            return symbol.tickSize().multiply(BigDecimal.valueOf(ticks));
        }
    }
}
