package dev.robson.server.performance;

import dev.robson.core.performance.DailyRealizedPnl;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One UTC day of one quote asset; {@code equity} is the running net total from the period's start. */
record DailyView(
        LocalDate day,
        String quoteAsset,
        int trades,
        BigDecimal realizedPnl,
        BigDecimal realizedPnlNet,
        BigDecimal equity) {

    static DailyView of(DailyRealizedPnl day) {
        return new DailyView(
                day.day(),
                day.quoteAsset().code(),
                day.trades(),
                day.realizedPnl(),
                day.realizedPnlNet(),
                day.equity());
    }
}
