package dev.robson.core.market;

import static dev.robson.core.MarketFixtures.btcUsdc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a MARKET order may carry, from LOT_SIZE, MARKET_LOT_SIZE and NOTIONAL together. */
class OrderLimitsTest {

    @Test
    void theCoarserStepAndTheTighterMaximumOfBothLotFiltersBindAMarketOrder() {
        Symbol symbol = btcUsdc(new OrderLimits(
                new BigDecimal("0.00001"),
                new BigDecimal("9000"),
                new BigDecimal("0.0001"),
                new BigDecimal("0.5"),
                new BigDecimal("0.0001"),
                null,
                true,
                false,
                null,
                null,
                null));

        assertThat(symbol.marketStepSize()).isEqualByComparingTo("0.0001");
        assertThat(symbol.floorToMarketStep(new BigDecimal("0.00039"))).isEqualByComparingTo("0.0003");
        assertThat(symbol.marketMaxQuantity()).isEqualByComparingTo("0.5");
        assertThat(symbol.marketMinQuantity()).isEqualByComparingTo("0.0001");
    }

    @Test
    void aMarketOrderTooSmallInQuantityOrNotionalSaysWhy() {
        Symbol symbol = btcUsdc(OrderLimits.stepOnly(new BigDecimal("0.00001")));

        assertThat(symbol.marketOrderTooSmall(BigDecimal.ZERO, new BigDecimal("89245")))
                .contains("minimum quantity");
        // 0.00005 x 89245 = 4.46, below 5.
        assertThat(symbol.marketOrderTooSmall(new BigDecimal("0.00005"), new BigDecimal("89245")))
                .contains("4.46 USDC")
                .contains("minimum notional 5");
        assertThat(symbol.marketOrderTooSmall(new BigDecimal("0.00006"), new BigDecimal("89245")))
                .isNull();
        // Without a price only the quantity is judged.
        assertThat(symbol.marketOrderTooSmall(new BigDecimal("0.00005"), null)).isNull();
        assertThat(symbol.marketMaxQuantity()).isNull();
    }

    @Test
    void aSymbolKnowsWhetherTheExchangeTradesItNow() {
        Symbol trading = btcUsdc(OrderLimits.stepOnly(new BigDecimal("0.00001")));

        assertThat(trading.trading()).isTrue();
        assertThat(trading.withStatus("BREAK").trading()).isFalse();
        assertThat(trading.withStatus("BREAK").status()).isEqualTo("BREAK");
        // A negative minimum quantity, every other limit as stepOnly leaves it.
        assertThatThrownBy(() -> OrderLimits.stepOnly(BigDecimal.ONE.negate()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
