package dev.robson.core.planning.budget;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The month's budget as the risk status answer shows it; amounts in the quote asset, exact. */
public record RiskStatus(
        YearMonth month,
        String quoteAsset,
        BigDecimal capitalBase,
        BigDecimal budget,
        BigDecimal consumed,
        BigDecimal openRisk,
        BigDecimal remaining,
        int slots,
        MonthState status) {}
