package dev.robson.core.operation;

import java.math.BigDecimal;

/**
 * The commission of one order, as the exchange charged it and as it weighs on the operation.
 *
 * @param amount  what was charged, in {@code asset}; null when fills were charged in different assets
 * @param asset   the asset it was charged in (base, quote, BNB, …); null when none or mixed
 * @param inBase  the part taken in the operation's base asset: it never reaches the account,
 *                so the operation holds that much less
 * @param inQuote the whole fee valued in the quote asset (base fee at the fill price, another
 *                asset at its bid when filled); null when it could not be valued
 */
public record Fee(BigDecimal amount, String asset, BigDecimal inBase, BigDecimal inQuote) {

    public static final Fee NONE = new Fee(BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO);

    public Fee {
        if (inBase == null || inBase.signum() < 0) {
            throw new IllegalArgumentException("a fee's base part must be zero or more");
        }
        if (amount != null && amount.signum() < 0 || inQuote != null && inQuote.signum() < 0) {
            throw new IllegalArgumentException("a fee must not be negative");
        }
    }

    /** A fee charged in the quote asset: it is its own value. */
    public static Fee inQuote(BigDecimal amount, String quoteAsset) {
        return new Fee(amount, quoteAsset, BigDecimal.ZERO, amount);
    }

    /** A fee charged in the base asset, valued at the fill's price. */
    public static Fee inBase(BigDecimal amount, String baseAsset, BigDecimal fillPrice) {
        return new Fee(amount, baseAsset, amount, amount.multiply(fillPrice));
    }

    public boolean valued() {
        return inQuote != null;
    }

    /** The fees of two parts of one order; the amount stays shown only while both are in one asset. */
    public Fee plus(Fee other) {
        if (this.equals(NONE)) {
            return other;
        }
        if (other.equals(NONE)) {
            return this;
        }
        boolean sameAsset = asset != null && asset.equals(other.asset) && amount != null && other.amount != null;
        return new Fee(
                sameAsset ? amount.add(other.amount) : null,
                sameAsset ? asset : null,
                inBase.add(other.inBase),
                inQuote == null || other.inQuote == null ? null : inQuote.add(other.inQuote));
    }
}
