package dev.robson.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void pricesThatDifferOnlyInTrailingZerosAreEqual() {
        assertThat(Price.of("1.50")).isEqualTo(Price.of("1.5"));
        assertThat(Price.of("1.50").hashCode()).isEqualTo(Price.of("1.5").hashCode());
        assertThat(Price.of(new BigDecimal("89245.00"))).isEqualTo(Price.of("89245"));
    }

    @Test
    void wholePricesStayPlainInsteadOfExponent() {
        assertThat(Price.of("90000.00").value().scale()).isZero();
        assertThat(Price.of("90000.00")).hasToString("90000");
        assertThat(Price.of(new BigDecimal("1E+2"))).hasToString("100");
    }

    @Test
    void keepsSignificantDecimals() {
        assertThat(Price.of("0.03512000")).hasToString("0.03512");
    }

    @Test
    void ordersByValueRegardlessOfScale() {
        assertThat(Price.of("100.10")).isGreaterThan(Price.of("100.09"));
        assertThat(Price.of("100.10").compareTo(Price.of("100.1"))).isZero();
    }

    @Test
    void rejectsZero() {
        assertThatThrownBy(() -> Price.of("0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price must be positive, got 0");
    }

    @Test
    void rejectsNegative() {
        assertThatThrownBy(() -> Price.of(new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        assertThatThrownBy(() -> Price.of("abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price 'abc' is not a decimal number");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Price.of((String) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.of((BigDecimal) null)).isInstanceOf(IllegalArgumentException.class);
    }
}
