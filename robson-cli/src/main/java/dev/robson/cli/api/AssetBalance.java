package dev.robson.cli.api;

import java.math.BigDecimal;

/** One asset of the account; {@code value} is in the account's quote asset. */
public record AssetBalance(
        String asset,
        BigDecimal free,
        BigDecimal locked,
        BigDecimal total,
        @Nullable BigDecimal value) {}
