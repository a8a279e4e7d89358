package dev.robson.core.market;

import static dev.robson.core.MarketFixtures.btcUsdc;
import static dev.robson.core.MarketFixtures.ethBtc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolTest {

    private static Symbol withFilters(String tick, String step) {
        return new Symbol(
                "BTCUSDC",
                Asset.of("BTC"),
                Asset.of("USDC"),
                new BigDecimal(tick),
                new BigDecimal(step),
                BigDecimal.ZERO);
    }

    @Test
    void scalesComeFromPaddedTickAndStepSizes() {
        assertThat(btcUsdc().priceScale()).isEqualTo(2);
        assertThat(btcUsdc().quantityScale()).isEqualTo(5);
        assertThat(ethBtc().priceScale()).isEqualTo(5);
        assertThat(ethBtc().quantityScale()).isEqualTo(4);
    }

    @Test
    void wholeOrCoarserIncrementsGiveScaleZero() {
        assertThat(withFilters("1.00", "10").priceScale()).isZero();
        assertThat(withFilters("1.00", "10").quantityScale()).isZero();
    }

    @Test
    void roundsPriceHalfUpToTickPrecision() {
        assertThat(btcUsdc().roundPrice(new BigDecimal("88837.925"))).hasToString("88837.93");
        assertThat(btcUsdc().roundPrice(new BigDecimal("88837.9233333"))).hasToString("88837.92");
        assertThat(btcUsdc().roundPrice(new BigDecimal("89245"))).hasToString("89245.00");
    }

    @Test
    void roundsQuantityHalfUpToStepPrecision() {
        assertThat(btcUsdc().roundQuantity(new BigDecimal("0.000335"))).hasToString("0.00034");
        assertThat(btcUsdc().roundQuantity(new BigDecimal("0.0003349"))).hasToString("0.00033");
    }

    @Test
    void roundsQuoteAmountsToTheQuoteAssetScale() {
        assertThat(btcUsdc().roundQuoteAmount(new BigDecimal("0.125"))).hasToString("0.13");
        assertThat(btcUsdc().roundQuoteAmount(new BigDecimal("-0.125"))).hasToString("-0.13");
        assertThat(ethBtc().roundQuoteAmount(new BigDecimal("0.001222155"))).hasToString("0.00122216");
    }

    @Test
    void detectsPricesOffTheTick() {
        assertThat(btcUsdc().isOnTick(new BigDecimal("88837.92"))).isTrue();
        assertThat(btcUsdc().isOnTick(new BigDecimal("88837.920000"))).isTrue();
        assertThat(btcUsdc().isOnTick(new BigDecimal("88837.925"))).isFalse();
    }

    @Test
    void detectsQuantitiesOffTheStep() {
        assertThat(btcUsdc().isOnStep(new BigDecimal("0.00033"))).isTrue();
        assertThat(btcUsdc().isOnStep(new BigDecimal("0.000335"))).isFalse();
    }

    @Test
    void floorsQuantityToTheLargestStepMultiple() {
        assertThat(btcUsdc().floorToStep(new BigDecimal("0.000339"))).hasToString("0.00033");
        assertThat(btcUsdc().floorToStep(new BigDecimal("0.00033"))).hasToString("0.00033");
        assertThat(btcUsdc().floorToStep(new BigDecimal("0.000009"))).isEqualByComparingTo("0");
        assertThat(ethBtc().floorToStep(new BigDecimal("1.23459999"))).hasToString("1.2345");
    }

    @Test
    void refusesToFloorANegativeQuantity() {
        assertThatThrownBy(() -> btcUsdc().floorToStep(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void displaysPairWithSlash() {
        assertThat(btcUsdc().displayPair()).isEqualTo("BTC/USDC");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ETHUSDC, ETHUSDC is not base BTC followed by quote USDC", "btcusdc, symbol must be"})
    void nameMustBeBaseFollowedByQuoteInUpperCase(String name, String complaint) {
        assertThatThrownBy(() -> new Symbol(
                        name, Asset.of("BTC"), Asset.of("USDC"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(complaint);
    }

    @Test
    void rejectsNonPositiveIncrementsAndNegativeMinNotional() {
        assertThatThrownBy(() -> withFilters("0", "1")).hasMessageContaining("tick size must be positive");
        assertThatThrownBy(() -> withFilters("0.01", "-1")).hasMessageContaining("step size must be positive");
        assertThatThrownBy(() -> new Symbol(
                        "BTCUSDC",
                        Asset.of("BTC"),
                        Asset.of("USDC"),
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        new BigDecimal("-5")))
                .hasMessageContaining("min notional must not be negative");
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() ->
                        new Symbol("BTCUSDC", null, Asset.of("USDC"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base asset must not be null");
        assertThatThrownBy(() ->
                        new Symbol("BTCUSDC", Asset.of("BTC"), Asset.of("USDC"), BigDecimal.ONE, null, BigDecimal.ZERO))
                .hasMessage("step size must not be null");
        assertThatThrownBy(() -> btcUsdc().roundPrice(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
