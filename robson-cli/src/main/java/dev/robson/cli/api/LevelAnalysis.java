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
        BigDecimal technicalLevel,
        BigDecimal stopLoss,
        String method,
        String confidence,
        BigDecimal atr,
        String refusal,
        List<PlanWarning> warnings,
        String candlesFrom,
        String candlesTo) {

    static LevelAnalysis from(JsonObject json) {
        return new LevelAnalysis(
                json.text("symbol"),
                json.decimal("entry_reference"),
                json.objects("levels").stream().map(SupportLevel::from).toList(),
                json.objects("skipped_levels").stream().map(SupportLevel::from).toList(),
                json.optionalDecimal("technical_level").orElse(null),
                json.optionalDecimal("stop_loss").orElse(null),
                json.optionalText("method").orElse(null),
                json.optionalText("confidence").orElse(null),
                json.optionalDecimal("atr").orElse(null),
                json.optionalText("refusal").orElse(null),
                json.objects("warnings").stream().map(PlanWarning::from).toList(),
                json.optionalText("candles_from").orElse(null),
                json.optionalText("candles_to").orElse(null));
    }
}
