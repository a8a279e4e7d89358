package dev.robson.core.operation;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import java.math.BigDecimal;

/** The side of the entry order; it fixes whether the position is LONG or SHORT. */
public enum Side {
    BUY("LONG", "bid"),
    SELL("SHORT", "ask");

    private final String positionLabel;
    private final String exitBookSide;

    Side(String positionLabel, String exitBookSide) {
        this.positionLabel = positionLabel;
        this.exitBookSide = exitBookSide;
    }

    public String positionLabel() {
        return positionLabel;
    }

    /** The price the position would close at now: a LONG sells into the bid, a SHORT buys the ask. */
    public Price exitPrice(Quote quote) {
        if (quote == null) {
            throw new IllegalArgumentException("quote must not be null");
        }
        return this == BUY ? quote.bid() : quote.ask();
    }

    /** Profit of this side entering at one price and exiting at another; negative is a loss. */
    public BigDecimal pnl(BigDecimal entryPrice, BigDecimal exitPrice, BigDecimal quantity) {
        if (entryPrice == null || exitPrice == null || quantity == null) {
            throw new IllegalArgumentException("pnl needs entry price, exit price and quantity");
        }
        BigDecimal perUnit = this == BUY ? exitPrice.subtract(entryPrice) : entryPrice.subtract(exitPrice);
        return perUnit.multiply(quantity);
    }

    public Side closingSide() {
        return this == BUY ? SELL : BUY;
    }

    /** "bid" or "ask", the side of the book the position exits against; used in messages. */
    String exitBookSide() {
        return exitBookSide;
    }

    public static Side fromLabel(String label) {
        if (label != null) {
            for (Side side : values()) {
                if (side.name().equals(label) || side.positionLabel.equals(label)) {
                    return side;
                }
            }
        }
        throw new DomainRuleViolation(
                DomainRuleViolation.INVALID_SIDE, "side must be BUY, SELL, LONG or SHORT, got '" + label + "'");
    }
}
