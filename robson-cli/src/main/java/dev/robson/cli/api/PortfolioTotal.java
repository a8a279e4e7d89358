package dev.robson.cli.api;

import java.math.BigDecimal;

/**
 * The open positions of one quote asset summed by the server (USDC and USDT never mix). The net
 * P&amp;L (after fees paid and the exits' estimated fees) is null from a server that sends none.
 */
public record PortfolioTotal(
        String quoteAsset,
        long positions,
        BigDecimal unrealizedPnl,
        BigDecimal unrealizedPnlPercent,
        BigDecimal positionsValue,
        @Nullable BigDecimal unrealizedPnlNet) {}
