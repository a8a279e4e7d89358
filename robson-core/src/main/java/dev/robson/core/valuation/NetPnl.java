package dev.robson.core.valuation;

import java.math.BigDecimal;

/**
 * What a position would leave after fees if it were closed now, at full precision: the fees its
 * fills have paid, the fee the exit would pay at the account's taker rate, and the unrealized
 * P&amp;L less both. All in the operation's quote asset.
 */
public record NetPnl(BigDecimal feesPaid, BigDecimal estimatedExitFee, BigDecimal unrealizedPnlNet) {

    public NetPnl {
        if (feesPaid == null || estimatedExitFee == null || unrealizedPnlNet == null) {
            throw new IllegalArgumentException("every net P&L component is required");
        }
    }

    /** The valuation's P&amp;L net of the fees paid and of an exit at {@code takerRate} of its value. */
    public static NetPnl of(PositionValuation valuation, BigDecimal takerRate) {
        if (valuation == null || takerRate == null || takerRate.signum() < 0) {
            throw new IllegalArgumentException("net P&L needs a valuation and a non-negative taker rate");
        }
        BigDecimal paid = valuation.operation().feesPaid();
        BigDecimal exitFee = valuation.positionValue().multiply(takerRate);
        return new NetPnl(
                paid, exitFee, valuation.unrealizedPnl().subtract(paid).subtract(exitFee));
    }
}
