package dev.robson.core.valuation;

import static dev.robson.core.MarketFixtures.btcUsdt;
import static dev.robson.core.MarketFixtures.demoLong;
import static dev.robson.core.MarketFixtures.demoQuote;
import static dev.robson.core.MarketFixtures.ethBtcLong;
import static dev.robson.core.MarketFixtures.ethBtcQuote;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortfolioTotalsTest {

    private static PositionValuation demoValuation() {
        return PositionValuation.of(demoLong(), demoQuote());
    }

    /** LONG 0.001 BTC on BTCUSDT at 88000, bid 89000: pnl 1, value 89, cost 88. */
    private static PositionValuation usdtValuation() {
        Operation operation = tracked(btcUsdt(), Side.BUY, "0.001", "88000", "87000", "95000", "88500");
        return PositionValuation.of(operation, quote("BTCUSDT", "89000", "89001"));
    }

    private static PositionValuation btcQuotedValuation() {
        return PositionValuation.of(ethBtcLong(), ethBtcQuote());
    }

    /** One position quoted in USDT, the demo in USDC twice and one quoted in BTC, assets interleaved. */
    private static List<PositionValuation> mixedPortfolio() {
        return List.of(usdtValuation(), demoValuation(), btcQuotedValuation(), demoValuation());
    }

    @Test
    void neverAddsAmountsOfDifferentQuoteAssets() {
        List<PortfolioTotals> totals = PortfolioTotals.of(mixedPortfolio());

        assertThat(totals).extracting(total -> total.quoteAsset().code()).containsExactly("BTC", "USDC", "USDT");
        assertThat(totals).extracting(PortfolioTotals::positions).containsExactly(1, 2, 1);
    }

    /** Each quote asset stands alone, summed at full precision and rounded once to its own scale. */
    @ParameterizedTest(name = "{0}: P&L {1}, value {2}, cost {3}, {4} %")
    @CsvSource(textBlock = """
            # 0.001222155 BTC P&L; 0.001222155 / 0.04335564 x 100 = 2.8188...
            BTC,  0.00122216, 0.04457780, 0.04335564, 2.82
            # 2 x 0.1343364 = 0.2686728 -> 0.27, where rounding each first would give 0.26;
            # 2 x 29.45085 = 58.9017; 2 x 29.3165136 = 58.6330272
            USDC, 0.27,       58.90,      58.63,      0.46
            # 1 / 88 x 100 = 1.136...
            USDT, 1.00,       89.00,      88.00,      1.14
            """)
    void eachQuoteAssetIsTotalledOnItsOwnAndRoundedOnce(
            String quoteAsset, String pnl, String positionsValue, String costBasis, String pnlPercent) {
        PortfolioTotals totals = PortfolioTotals.of(mixedPortfolio()).stream()
                .filter(total -> total.quoteAsset().equals(Asset.of(quoteAsset)))
                .findFirst()
                .orElseThrow();

        assertThat(totals.unrealizedPnl()).hasToString(pnl);
        assertThat(totals.positionsValue()).hasToString(positionsValue);
        assertThat(totals.costBasis()).hasToString(costBasis);
        assertThat(totals.unrealizedPnlPercent()).hasToString(pnlPercent);
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
