package dev.robson.cli.api;

import java.math.BigDecimal;

/**
 * The fees an operation paid in one asset: the amount as charged (a BNB commission in BNB) and
 * its value in the quote asset, null when the server could not value it.
 */
public record OperationFee(
        String asset, BigDecimal amount, @Nullable BigDecimal quoteValue) {}
