package dev.robson.cli.api;

import java.math.BigDecimal;

/** The answer of {@code GET /api/account/summary/}; the server computes {@code available}. */
public record AccountSummary(
        String quoteAsset,
        BigDecimal balance,
        BigDecimal positionsValue,
        BigDecimal available,
        BigDecimal exposurePercent,
        @Nullable String source,
        @Nullable Long timestamp) {}
