package dev.robson.core.valuation;

import static dev.robson.core.MarketFixtures.btcUsdt;
import static dev.robson.core.MarketFixtures.demoLong;
import static dev.robson.core.MarketFixtures.demoQuote;
import static dev.robson.core.MarketFixtures.ethBtc;
import static dev.robson.core.MarketFixtures.quote;
import static dev.robson.core.MarketFixtures.tracked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Asset;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTotalsTest {

    private static PositionValuation demoValuation() {
        return PositionValuation.of(demoLong(), demoQuote());
    }

    /** LONG 0.001 BTC on BTCUSDT at 88000, bid 89000: pnl 1, value 89, cost 88. */
    private static PositionValuation usdtValuation() {
        Operation operation = tracked(btcUsdt(), Side.BUY, "0.001", "88000", "87000", "95000", "88500");
        return PositionValuation.of(operation, quote("BTCUSDT", "89000", "89001"));
    }

    /** LONG 1.2345 ETH on ETHBTC at 0.03512, bid 0.03611. */
    private static PositionValuation btcQuotedValuation() {
        Operation operation = tracked(ethBtc(), Side.BUY, "1.2345", "0.03512", "0.03400", "0.03900", "0.03520");
        return PositionValuation.of(operation, quote("ETHBTC", "0.03611", "0.03612"));
    }

    @Test
    void neverAddsAmountsOfDifferentQuoteAssets() {
        List<PortfolioTotals> totals =
                PortfolioTotals.of(List.of(usdtValuation(), demoValuation(), btcQuotedValuation(), demoValuation()));

        assertThat(totals).extracting(total -> total.quoteAsset().code()).containsExactly("BTC", "USDC", "USDT");
        assertThat(totals).extracting(PortfolioTotals::positions).containsExactly(1, 2, 1);
    }

    @Test
    void sumsAtFullPrecisionAndRoundsOnce() {
        PortfolioTotals usdc =
                PortfolioTotals.of(List.of(demoValuation(), demoValuation())).getFirst();

        // 2 x 0.1343364 = 0.2686728 -> 0.27, where rounding each first would give 0.26
        assertThat(usdc.unrealizedPnl()).hasToString("0.27");
        // 2 x 29.45085 = 58.9017
        assertThat(usdc.positionsValue()).hasToString("58.90");
        // 2 x 29.3165136 = 58.6330272
        assertThat(usdc.costBasis()).hasToString("58.63");
        assertThat(usdc.unrealizedPnlPercent()).hasToString("0.46");
        assertThat(usdc.quoteAsset()).isEqualTo(Asset.of("USDC"));
    }

    @Test
    void nonDollarTotalsKeepEightDecimals() {
        PortfolioTotals btc = PortfolioTotals.of(List.of(btcQuotedValuation())).getFirst();

        assertThat(btc.unrealizedPnl()).hasToString("0.00122216");
        assertThat(btc.positionsValue()).hasToString("0.04457780");
        assertThat(btc.costBasis()).hasToString("0.04335564");
        // 0.001222155 / 0.04335564 x 100 = 2.8188...
        assertThat(btc.unrealizedPnlPercent()).hasToString("2.82");
    }

    @Test
    void usdtTotalsStandAlone() {
        PortfolioTotals usdt =
                PortfolioTotals.of(List.of(usdtValuation(), demoValuation())).get(1);

        assertThat(usdt.quoteAsset().code()).isEqualTo("USDT");
        assertThat(usdt.unrealizedPnl()).hasToString("1.00");
        assertThat(usdt.positionsValue()).hasToString("89.00");
        assertThat(usdt.costBasis()).hasToString("88.00");
        // 1 / 88 x 100 = 1.136...
        assertThat(usdt.unrealizedPnlPercent()).hasToString("1.14");
    }

    @Test
    void noPositionsGiveNoTotals() {
        assertThat(PortfolioTotals.of(List.of())).isEmpty();
    }

    @Test
    void givenAmountsDerivePercentAndZeroCostGivesZero() {
        Asset usdc = Asset.of("USDC");

        assertThat(new PortfolioTotals(usdc, new BigDecimal("5"), new BigDecimal("105"), new BigDecimal("100"), 1)
                        .unrealizedPnlPercent())
                .hasToString("5.00");
        assertThat(new PortfolioTotals(usdc, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0)
                        .unrealizedPnlPercent())
                .hasToString("0.00");
    }

    @Test
    void rejectsMissingOrNegativeParts() {
        assertThatThrownBy(() -> PortfolioTotals.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortfolioTotals.of(Arrays.asList((PositionValuation) null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PortfolioTotals(Asset.of("USDC"), null, BigDecimal.ONE, BigDecimal.ONE, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new PortfolioTotals(Asset.of("USDC"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Two USDT positions, taker rate 0.001. A: 0.001 BTC at 88000 with a 0.088 USDT entry fee, bid
     * 89000: P&L 1, value 89, exit fee 0.089, net 1 − 0.088 − 0.089 = 0.823. B: 0.002 BTC at 90000
     * with a 0.18 USDT entry fee, bid 89000: P&L −2, value 178, exit fee 0.178, net −2.358. Total
     * net −1.535 exactly, shown HALF_UP as −1.54.
     */
    @Test
    void netPnlSumsEachPositionAfterTheFeesPaidAndItsExitFee() {
        PositionValuation a = feePaying("0.001", "88000", "0.088");
        PositionValuation b = feePaying("0.002", "90000", "0.18");
        BigDecimal taker = new BigDecimal("0.001");

        assertThat(NetPnl.of(a, taker).unrealizedPnlNet()).isEqualByComparingTo("0.823");
        assertThat(NetPnl.of(a, taker).estimatedExitFee()).isEqualByComparingTo("0.089");
        assertThat(NetPnl.of(b, taker).unrealizedPnlNet()).isEqualByComparingTo("-2.358");

        PortfolioTotals totals =
                PortfolioTotals.of(List.of(a, b), valuation -> taker).getFirst();
        assertThat(totals.unrealizedPnl()).isEqualTo(new BigDecimal("-1.00"));
        assertThat(totals.unrealizedPnlNet()).isEqualTo(new BigDecimal("-1.54"));
        assertThat(PortfolioTotals.of(List.of(a, b)).getFirst().unrealizedPnlNet())
                .as("without taker rates there is no net figure")
                .isNull();
    }

    @Test
    void netPnlRefusesANegativeTakerRate() {
        assertThatThrownBy(() -> NetPnl.of(usdtValuation(), new BigDecimal("-0.001")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PositionValuation feePaying(String quantity, String entry, String fee) {
        Operation operation = tracked(
                btcUsdt(),
                Side.BUY,
                quantity,
                entry,
                "80000",
                "99000",
                "88500",
                Fee.inQuote(new BigDecimal(fee), "USDT"));
        return PositionValuation.of(operation, quote("BTCUSDT", "89000", "89001"));
    }
}
