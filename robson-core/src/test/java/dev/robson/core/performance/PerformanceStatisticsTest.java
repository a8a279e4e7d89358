package dev.robson.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Asset;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-built week of trades in three quote assets. The USDC trades, in close order, net
 * 9.90, −4.04, −3.50, −2.50 (a losing streak), 19.80 and 0: equity 9.90, 5.86, 2.36, −0.14,
 * 19.66, 19.66, so the deepest fall is from the 9.90 peak to −0.14 = 10.04.
 */
class PerformanceStatisticsTest {

    private static final Asset USDC = Asset.of("USDC");
    private static final Asset USDT = Asset.of("USDT");
    private static final Asset BTC = Asset.of("BTC");

    // Listed out of close order on purpose: the curve must follow close times, not input order.
    private static final List<ClosedTrade> WEEK = List.of(
            trade(5, "BTCUSDC", USDC, "2026-11-03T09:00:00Z", "2026-11-04T09:00:00Z", "20.00", "0.20"),
            trade(1, "BTCUSDC", USDC, "2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z", "10.00", "0.10"),
            trade(3, "ETHUSDC", USDC, "2026-11-03T07:30:00Z", "2026-11-03T08:00:00Z", "-3.50", "0"),
            trade(2, "BTCUSDC", USDC, "2026-11-02T13:00:00Z", "2026-11-02T15:00:00Z", "-4.00", "0.04"),
            trade(4, "BTCUSDC", USDC, "2026-11-03T11:00:00Z", "2026-11-03T12:00:00Z", "-2.50", "0"),
            trade(6, "ETHUSDC", USDC, "2026-11-04T17:44:57Z", "2026-11-04T18:00:00Z", "0", "0"),
            trade(7, "ETHBTC", BTC, "2026-11-03T09:00:00Z", "2026-11-03T10:00:00Z", "0.00012345", "0"),
            trade(8, "ETHBTC", BTC, "2026-11-04T08:00:00Z", "2026-11-04T10:00:00Z", "-0.00002", "0"),
            trade(9, "BTCUSDT", USDT, "2026-11-02T11:00:00Z", "2026-11-02T12:00:00Z", "5.00", "0"));

    @Test
    void eachQuoteAssetHasItsOwnFiguresOrderedByCode() {
        assertThat(PerformanceStatistics.of(WEEK))
                .extracting(p -> p.quoteAsset().code())
                .containsExactly("BTC", "USDC", "USDT");
    }

    @Test
    void usdcFiguresWorkedOutByHand() {
        QuoteAssetPerformance usdc = PerformanceStatistics.of(WEEK).get(1);

        assertThat(usdc.trades()).isEqualTo(6);
        assertThat(usdc.wins()).isEqualTo(2); // #1 and #5; #6 made nothing
        assertThat(usdc.losses()).isEqualTo(3); // the streak #2, #3, #4
        assertThat(usdc.winRatePercent()).isEqualTo(new BigDecimal("33.33")); // 2 / 6
        assertThat(usdc.realizedPnl()).isEqualTo(new BigDecimal("20.00")); // 10 − 4 − 3.5 − 2.5 + 20
        assertThat(usdc.fees()).isEqualTo(new BigDecimal("0.34")); // 0.10 + 0.04 + 0.20
        assertThat(usdc.realizedPnlNet()).isEqualTo(new BigDecimal("19.66")); // 20.00 − 0.34
        assertThat(usdc.averageWin()).isEqualTo(new BigDecimal("14.85")); // (9.90 + 19.80) / 2
        assertThat(usdc.averageLoss()).isEqualTo(new BigDecimal("-3.35")); // −10.04 / 3 = −3.3466…
        assertThat(usdc.profitFactor()).isEqualTo(new BigDecimal("2.96")); // 29.70 / 10.04 = 2.958…
        assertThat(usdc.expectancy()).isEqualTo(new BigDecimal("3.28")); // 19.66 / 6 = 3.2766…
        assertThat(usdc.best()).isEqualTo(new BigDecimal("19.80"));
        assertThat(usdc.worst()).isEqualTo(new BigDecimal("-4.04"));
        assertThat(usdc.maxDrawdown()).isEqualTo(new BigDecimal("10.04")); // 9.90 → −0.14
        // 3600 + 7200 + 1800 + 3600 + 86400 + 903 = 103503 s; / 6 = 17250.5, half up
        assertThat(usdc.averageDurationSeconds()).isEqualTo(17251);
    }

    @Test
    void btcQuotedFiguresKeepEightDecimals() {
        QuoteAssetPerformance btc = PerformanceStatistics.of(WEEK).getFirst();

        assertThat(btc.trades()).isEqualTo(2);
        assertThat(btc.winRatePercent()).isEqualTo(new BigDecimal("50.00"));
        assertThat(btc.realizedPnl()).isEqualTo(new BigDecimal("0.00010345")); // 0.00012345 − 0.00002
        assertThat(btc.realizedPnlNet()).isEqualTo(new BigDecimal("0.00010345"));
        assertThat(btc.fees()).isEqualTo(new BigDecimal("0.00000000"));
        assertThat(btc.averageWin()).isEqualTo(new BigDecimal("0.00012345"));
        assertThat(btc.averageLoss()).isEqualTo(new BigDecimal("-0.00002000"));
        assertThat(btc.profitFactor()).isEqualTo(new BigDecimal("6.17")); // 0.00012345 / 0.00002 = 6.1725
        assertThat(btc.expectancy()).isEqualTo(new BigDecimal("0.00005173")); // 0.000051725, half up
        assertThat(btc.maxDrawdown()).isEqualTo(new BigDecimal("0.00002000")); // peak 0.00012345 → 0.00010345
        assertThat(btc.averageDurationSeconds()).isEqualTo(5400); // (3600 + 7200) / 2
    }

    @Test
    void withoutLossesProfitFactorAndAverageLossAreUndefined() {
        QuoteAssetPerformance usdt = PerformanceStatistics.of(WEEK).get(2);

        assertThat(usdt.trades()).isEqualTo(1);
        assertThat(usdt.winRatePercent()).isEqualTo(new BigDecimal("100.00"));
        assertThat(usdt.profitFactor()).isNull();
        assertThat(usdt.averageLoss()).isNull();
        assertThat(usdt.maxDrawdown()).isEqualTo(new BigDecimal("0.00"));
        // USDT's 5.00 is not in USDC's 20.00: two coins, two totals.
        assertThat(usdt.realizedPnl()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void aFirstTradeThatLosesIsADrawdownFromZero() {
        var figures = PerformanceStatistics.of(
                List.of(trade(1, "BTCUSDC", USDC, "2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z", "-7.25", "0")));

        assertThat(figures.getFirst().maxDrawdown()).isEqualTo(new BigDecimal("7.25"));
        assertThat(figures.getFirst().averageWin()).isNull();
        assertThat(figures.getFirst().profitFactor()).isEqualTo(new BigDecimal("0.00")); // 0 / 7.25
    }

    @Test
    void noTradesNoFigures() {
        assertThat(PerformanceStatistics.of(List.of())).isEmpty();
        assertThat(PerformanceStatistics.daily(List.of())).isEmpty();
    }

    @Test
    void dailyFiguresPerUtcDayAndQuoteAssetWithTheEquityCurve() {
        assertThat(PerformanceStatistics.daily(WEEK))
                .containsExactly(
                        // USDC 11-02: #1 + #2 = 6.00 gross, 9.90 − 4.04 = 5.86 net
                        day("2026-11-02", USDC, 2, "6.00", "5.86", "5.86"),
                        day("2026-11-02", USDT, 1, "5.00", "5.00", "5.00"),
                        day("2026-11-03", BTC, 1, "0.00012345", "0.00012345", "0.00012345"),
                        // USDC 11-03: #3 + #4 = −6.00; equity 5.86 − 6.00
                        day("2026-11-03", USDC, 2, "-6.00", "-6.00", "-0.14"),
                        day("2026-11-04", BTC, 1, "-0.00002000", "-0.00002000", "0.00010345"),
                        // USDC 11-04: #5 + #6 = 20.00 gross, 19.80 net; equity −0.14 + 19.80
                        day("2026-11-04", USDC, 2, "20.00", "19.80", "19.66"));
    }

    @Test
    void netIsGrossLessFees() {
        ClosedTrade trade = trade(1, "BTCUSDC", USDC, "2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z", "1.50", "0.25");

        assertThat(trade.realizedPnlNet()).isEqualByComparingTo("1.25");
    }

    @Test
    void aTradeClosedBeforeItOpenedIsRefused() {
        assertThatThrownBy(() -> trade(1, "BTCUSDC", USDC, "2026-11-02T10:00:00Z", "2026-11-02T09:00:00Z", "1", "0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trade(1, "BTCUSDC", USDC, "2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z", "1", "-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ClosedTrade trade(
            long id, String symbol, Asset quote, String opened, String closed, String pnl, String fees) {
        return new ClosedTrade(
                id,
                symbol,
                quote,
                Side.BUY,
                BigDecimal.ONE,
                BigDecimal.TEN,
                BigDecimal.TEN,
                CloseReason.MANUAL,
                Instant.parse(opened),
                Instant.parse(closed),
                new BigDecimal(pnl),
                new BigDecimal(fees));
    }

    private static DailyRealizedPnl day(String day, Asset quote, int trades, String gross, String net, String equity) {
        return new DailyRealizedPnl(
                LocalDate.parse(day),
                quote,
                trades,
                new BigDecimal(gross),
                new BigDecimal(net),
                new BigDecimal(equity));
    }
}
