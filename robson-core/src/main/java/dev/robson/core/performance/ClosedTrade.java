package dev.robson.core.performance;

import dev.robson.core.market.Asset;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A finished operation as the performance figures see it: what it made, what it paid, and how
 * long it was held. Amounts are in the quote asset at full precision, never rounded here.
 *
 * @param quantity    the entered quantity
 * @param entryPrice  the quantity-weighted average of the entry fills
 * @param exitPrice   the quantity-weighted average of the exit fills, null when nothing was sold
 * @param realizedPnl the gross realized P&amp;L (exit fills against the entry average)
 * @param fees        the fees the operation paid, in the quote asset (zero when none are known)
 */
public record ClosedTrade(
        long operationId,
        String symbol,
        Asset quoteAsset,
        Side side,
        BigDecimal quantity,
        BigDecimal entryPrice,
        BigDecimal exitPrice,
        CloseReason closeReason,
        Instant openedAt,
        Instant closedAt,
        BigDecimal realizedPnl,
        BigDecimal fees) {

    public ClosedTrade {
        if (symbol == null
                || quoteAsset == null
                || side == null
                || quantity == null
                || entryPrice == null
                || openedAt == null
                || closedAt == null
                || realizedPnl == null
                || fees == null) {
            throw new IllegalArgumentException(
                    "a closed trade needs symbol, quote asset, times, realized P&L and fees");
        }
        if (closedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("closed time " + closedAt + " is before opened time " + openedAt);
        }
        if (fees.signum() < 0) {
            throw new IllegalArgumentException("fees must not be negative, got " + fees.toPlainString());
        }
    }

    /** What the trader kept: gross P&amp;L less fees. */
    public BigDecimal realizedPnlNet() {
        return realizedPnl.subtract(fees);
    }

    public Duration held() {
        return Duration.between(openedAt, closedAt);
    }
}
