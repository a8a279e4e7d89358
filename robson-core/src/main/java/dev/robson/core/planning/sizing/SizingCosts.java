package dev.robson.core.planning.sizing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What entering and stopping out costs beyond the price move, as fractions (5 bps = 0.0005).
 *
 * @param slippage     how far above E the LIMIT IOC entry may fill: E_max = E × (1 + slippage)
 * @param stopGap      how far below X the stop's MARKET sell is assumed to fill: F = X × (1 − gap)
 * @param takerFeeRate the account's taker commission, charged on both legs
 * @param feeInBase    whether the BUY's fee is taken from the coins bought (Binance's rule unless
 *                     the account pays fees in BNB), so the stop can sell only what is left
 */
public record SizingCosts(BigDecimal slippage, BigDecimal stopGap, BigDecimal takerFeeRate, boolean feeInBase) {

    /** Paper trading: 5 bps slippage, 10 bps stop gap, 0.1 % fee taken in the base asset. */
    public static final SizingCosts PAPER =
            new SizingCosts(new BigDecimal("0.0005"), new BigDecimal("0.001"), new BigDecimal("0.001"), true);

    public SizingCosts {
        requireFraction(slippage, "slippage");
        requireFraction(stopGap, "stop gap");
        requireFraction(takerFeeRate, "taker fee rate");
    }

    /** The same costs with the account's own taker fee and where it is paid. */
    public SizingCosts withFee(BigDecimal rate, boolean paidInBase) {
        return new SizingCosts(slippage, stopGap, rate, paidInBase);
    }

    private static void requireFraction(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(
                    what + " must be a fraction from 0 up to 1, got " + value.toPlainString());
        }
    }
}
