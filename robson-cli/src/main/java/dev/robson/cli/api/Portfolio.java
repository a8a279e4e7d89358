package dev.robson.cli.api;

import java.util.List;

/**
 * The answer of {@code GET /api/portfolio/positions/}.
 *
 * @param tradingMode PAPER or LIVE, or null from a server that does not say
 * @param asOf        epoch seconds of the valuation, or null
 */
public record Portfolio(
        List<Position> positions,
        List<PortfolioTotal> totals,
        @Nullable String tradingMode,
        @Nullable Long asOf) {}
