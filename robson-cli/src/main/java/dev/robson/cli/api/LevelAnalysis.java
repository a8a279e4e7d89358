package dev.robson.cli.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code GET /api/analysis/levels/{symbol}/} finds under the entry reference: every
 * support, the skipped ones, and the stop it would take. Stop, method, confidence and ATR are
 * null when no stop is valid ({@code refusal} then says why).
 */
public record LevelAnalysis(
        String symbol,
        BigDecimal entryReference,
        List<SupportLevel> levels,
        List<SupportLevel> skippedLevels,
        @Nullable BigDecimal technicalLevel,
        @Nullable BigDecimal stopLoss,
        @Nullable String method,
        @Nullable String confidence,
        @Nullable BigDecimal atr,
        @Nullable String refusal,
        List<PlanWarning> warnings,
        @Nullable String candlesFrom,
        @Nullable String candlesTo) {}
