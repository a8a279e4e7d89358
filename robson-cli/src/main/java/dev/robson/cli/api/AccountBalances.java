package dev.robson.cli.api;

import java.math.BigDecimal;
import java.util.List;

/** The answer of {@code GET /api/account/balance/}. */
public record AccountBalances(
        String quoteAsset,
        List<AssetBalance> balances,
        @Nullable BigDecimal totalValue,
        @Nullable String source) {}
