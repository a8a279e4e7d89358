package dev.robson.cli.api;

import java.math.BigDecimal;

/**
 * The month's risk budget as {@code GET /api/risk/status/} answers it: what may still be lost
 * this month, and whether the month is paused after its losses reached the limit.
 */
public record RiskStatus(
        String month,
        String quoteAsset,
        BigDecimal capitalBase,
        BigDecimal budget,
        BigDecimal consumed,
        BigDecimal openRisk,
        BigDecimal remaining,
        long slots,
        String status) {

    public boolean paused() {
        return "PAUSED".equals(status);
    }
}
