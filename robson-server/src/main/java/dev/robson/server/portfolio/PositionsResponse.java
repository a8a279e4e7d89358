package dev.robson.server.portfolio;

import java.util.List;

/**
 * @param tradingMode PAPER or LIVE: whether closes are simulated fills or real orders
 * @param asOf        epoch seconds when the server valued the positions
 */
public record PositionsResponse(
        List<PositionView> positions, List<PortfolioTotalsView> totals, String tradingMode, long asOf) {}
