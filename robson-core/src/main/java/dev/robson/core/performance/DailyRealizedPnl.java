package dev.robson.core.performance;

import dev.robson.core.market.Asset;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The trades of one quote asset closed on one UTC day, rounded for output.
 *
 * @param equity the net realized P&amp;L of the asset summed from the first day listed up to this one:
 *               the point of the equity curve at the day's end
 */
public record DailyRealizedPnl(
        LocalDate day,
        Asset quoteAsset,
        int trades,
        BigDecimal realizedPnl,
        BigDecimal realizedPnlNet,
        BigDecimal equity) {}
