package dev.robson.core.market;

import static dev.robson.core.MarketFixtures.LATER;
import static dev.robson.core.MarketFixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void spreadIsAskMinusBid() {
        assertThat(quote("BTCUSDC", "89245.00", "89246.00").spread()).isEqualByComparingTo("1");
    }

    @Test
    void spreadPercentIsRelativeToMid() {
        assertThat(quote("BTCUSDC", "99", "101").spreadPercent()).isEqualByComparingTo("2");
        assertThat(quote("BTCUSDC", "1", "3").spreadPercent()).isEqualByComparingTo("100");
    }

    @Test
    void spreadPercentKeepsFullPrecision() {
        BigDecimal percent = quote("BTCUSDC", "1", "2").spreadPercent();

        // 1 / 1.5 carried to 34 significant digits, then scaled to percent
        assertThat(percent).isEqualByComparingTo("66.66666666666666666666666666666667");
        assertThat(percent.setScale(4, RoundingMode.HALF_UP)).hasToString("66.6667");
    }

    @Test
    void lockedBookHasZeroSpread() {
        assertThat(quote("BTCUSDC", "100", "100").spread()).isEqualByComparingTo("0");
    }

    @Test
    void rejectsCrossedBook() {
        assertThatThrownBy(() -> quote("BTCUSDC", "101", "99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bid 101 is above ask 99 for BTCUSDC");
    }

    @Test
    void rejectsMissingParts() {
        Price price = Price.of("1");
        assertThatThrownBy(() -> new Quote("BTCUSDC", price, null, price, LATER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quote("BTCUSDC", price, price, price, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quote(" ", price, price, price, LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
