package dev.robson.core.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/** The top of the book for one symbol at the moment it was read. */
public record Quote(String symbol, Price bid, Price ask, Price last, Instant readAt) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Quote {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("quote symbol must not be blank");
        }
        if (bid == null || ask == null || last == null || readAt == null) {
            throw new IllegalArgumentException("quote for " + symbol + " needs bid, ask, last and read time");
        }
        // A crossed book means the feed is broken; valuing positions off it would be wrong.
        if (bid.compareTo(ask) > 0) {
            throw new IllegalArgumentException("bid " + bid + " is above ask " + ask + " for " + symbol);
        }
    }

    public BigDecimal spread() {
        return ask.value().subtract(bid.value());
    }

    /** Spread relative to the mid price, in percent, at full precision. */
    public BigDecimal spreadPercent() {
        BigDecimal mid = bid.value().add(ask.value()).divide(TWO, MathContext.DECIMAL128);
        return spread().divide(mid, MathContext.DECIMAL128).multiply(HUNDRED);
    }
}
