package dev.robson.cli.api;

import java.math.BigDecimal;

/**
 * One entry of {@code /api/portfolio/performance/}: the statistics of one quote asset. The
 * undefined figures (a profit factor without losses, an average win without wins) are null.
 */
public record QuoteAssetPerformance(
        String quoteAsset,
        long trades,
        long wins,
        long losses,
        BigDecimal winRatePercent,
        BigDecimal realizedPnl,
        BigDecimal realizedPnlNet,
        BigDecimal fees,
        BigDecimal averageWin,
        BigDecimal averageLoss,
        BigDecimal profitFactor,
        BigDecimal expectancy,
        BigDecimal best,
        BigDecimal worst,
        BigDecimal maxDrawdown,
        long averageDurationSeconds) {

    static QuoteAssetPerformance from(JsonObject json) {
        return new QuoteAssetPerformance(
                json.text("quote_asset"),
                json.whole("trades"),
                json.whole("wins"),
                json.whole("losses"),
                json.decimal("win_rate_percent"),
                json.decimal("realized_pnl"),
                json.decimal("realized_pnl_net"),
                json.decimal("fees"),
                optional(json, "average_win"),
                optional(json, "average_loss"),
                optional(json, "profit_factor"),
                json.decimal("expectancy"),
                json.decimal("best"),
                json.decimal("worst"),
                json.decimal("max_drawdown"),
                json.whole("average_duration_seconds"));
    }

    private static BigDecimal optional(JsonObject json, String name) {
        return json.optionalDecimal(name).orElse(null);
    }
}
