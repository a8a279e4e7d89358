package dev.robson.cli.api;

import java.util.List;

/**
 * The answer of {@code GET /api/portfolio/positions/}.
 *
 * @param tradingMode PAPER or LIVE, or null from a server that does not say
 * @param asOf        epoch seconds of the valuation, or null
 */
public record Portfolio(List<Position> positions, List<PortfolioTotal> totals, String tradingMode, Long asOf) {

    static Portfolio from(JsonObject json) {
        return new Portfolio(
                json.objects("positions").stream().map(Position::from).toList(),
                json.objects("totals").stream().map(PortfolioTotal::from).toList(),
                json.optionalText("trading_mode").orElse(null),
                json.fields().get("as_of") == null ? null : json.whole("as_of"));
    }
}
