package dev.robson.core.performance;

import dev.robson.core.market.QuoteAssetGroups;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Performance of closed trades, per quote asset: amounts in USDC and USDT (or BTC) are never
 * added together. Pure and exact: sums at full precision, divisions at 34 significant digits,
 * rounding HALF_UP once per figure at the end.
 *
 * <p>Wins, losses and every derived figure are judged on the net P&amp;L, what the trader kept;
 * a trade that made exactly nothing is neither a win nor a loss but still counts as a trade.
 */
public final class PerformanceStatistics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int RATIO_SCALE = 2;

    /** Close order: the order in which realized equity moved. Ties break on the operation id. */
    static final Comparator<ClosedTrade> CLOSE_ORDER =
            Comparator.comparing(ClosedTrade::closedAt).thenComparingLong(ClosedTrade::operationId);

    private PerformanceStatistics() {}

    /** One entry per quote asset that has trades, ordered by asset code. */
    public static List<QuoteAssetPerformance> of(Collection<ClosedTrade> trades) {
        List<QuoteAssetPerformance> figures = new ArrayList<>();
        byQuoteAsset(trades).forEach(group -> figures.add(summarise(group)));
        return List.copyOf(figures);
    }

    /** One entry per UTC day and quote asset that has trades, by day then asset code. */
    public static List<DailyRealizedPnl> daily(Collection<ClosedTrade> trades) {
        List<DailyRealizedPnl> days = new ArrayList<>();
        for (List<ClosedTrade> group : byQuoteAsset(trades)) {
            int scale = group.getFirst().quoteAsset().amountScale();
            Map<LocalDate, List<ClosedTrade>> byDay = new TreeMap<>();
            group.forEach(trade -> byDay.computeIfAbsent(
                            LocalDate.ofInstant(trade.closedAt(), ZoneOffset.UTC), day -> new ArrayList<>())
                    .add(trade));
            BigDecimal equity = BigDecimal.ZERO;
            for (var day : byDay.entrySet()) {
                BigDecimal gross = BigDecimal.ZERO;
                BigDecimal net = BigDecimal.ZERO;
                for (ClosedTrade trade : day.getValue()) {
                    gross = gross.add(trade.realizedPnl());
                    net = net.add(trade.realizedPnlNet());
                }
                equity = equity.add(net);
                days.add(new DailyRealizedPnl(
                        day.getKey(),
                        group.getFirst().quoteAsset(),
                        day.getValue().size(),
                        round(gross, scale),
                        round(net, scale),
                        round(equity, scale)));
            }
        }
        days.sort(Comparator.comparing(DailyRealizedPnl::day)
                .thenComparing(figure -> figure.quoteAsset().code()));
        return List.copyOf(days);
    }

    private static List<List<ClosedTrade>> byQuoteAsset(Collection<ClosedTrade> trades) {
        List<List<ClosedTrade>> groups = QuoteAssetGroups.of(trades, ClosedTrade::quoteAsset, "trades");
        groups.forEach(group -> group.sort(CLOSE_ORDER));
        return groups;
    }

    private static QuoteAssetPerformance summarise(List<ClosedTrade> inCloseOrder) {
        int scale = inCloseOrder.getFirst().quoteAsset().amountScale();
        int wins = 0;
        int losses = 0;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal wonTotal = BigDecimal.ZERO;
        BigDecimal lostTotal = BigDecimal.ZERO;
        BigDecimal best = null;
        BigDecimal worst = null;
        BigDecimal equity = BigDecimal.ZERO;
        BigDecimal peak = BigDecimal.ZERO;
        BigDecimal drawdown = BigDecimal.ZERO;
        long heldSeconds = 0;
        for (ClosedTrade trade : inCloseOrder) {
            BigDecimal kept = trade.realizedPnlNet();
            gross = gross.add(trade.realizedPnl());
            net = net.add(kept);
            fees = fees.add(trade.fees());
            if (kept.signum() > 0) {
                wins++;
                wonTotal = wonTotal.add(kept);
            } else if (kept.signum() < 0) {
                losses++;
                lostTotal = lostTotal.add(kept);
            }
            best = best == null || kept.compareTo(best) > 0 ? kept : best;
            worst = worst == null || kept.compareTo(worst) < 0 ? kept : worst;
            // The equity curve starts at zero before the first trade, so a first loss is a drawdown.
            equity = equity.add(kept);
            peak = peak.max(equity);
            drawdown = drawdown.max(peak.subtract(equity));
            heldSeconds += trade.held().toSeconds();
        }
        int trades = inCloseOrder.size();
        BigDecimal count = BigDecimal.valueOf(trades);
        return new QuoteAssetPerformance(
                inCloseOrder.getFirst().quoteAsset(),
                trades,
                wins,
                losses,
                BigDecimal.valueOf(wins).multiply(HUNDRED).divide(count, RATIO_SCALE, RoundingMode.HALF_UP),
                round(gross, scale),
                round(net, scale),
                round(fees, scale),
                wins == 0 ? null : round(divide(wonTotal, wins), scale),
                losses == 0 ? null : round(divide(lostTotal, losses), scale),
                losses == 0 ? null : wonTotal.divide(lostTotal.abs(), RATIO_SCALE, RoundingMode.HALF_UP),
                round(divide(net, trades), scale),
                round(best, scale),
                round(worst, scale),
                round(drawdown, scale),
                BigDecimal.valueOf(heldSeconds)
                        .divide(count, 0, RoundingMode.HALF_UP)
                        .longValueExact());
    }

    private static BigDecimal divide(BigDecimal total, int count) {
        return total.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
    }

    private static BigDecimal round(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.HALF_UP);
    }
}
