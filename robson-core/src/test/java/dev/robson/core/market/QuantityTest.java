package dev.robson.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void quantitiesThatDifferOnlyInTrailingZerosAreEqual() {
        assertThat(Quantity.of("0.00033000")).isEqualTo(Quantity.of("0.00033"));
        assertThat(Quantity.of("0.00033000").hashCode())
                .isEqualTo(Quantity.of("0.00033").hashCode());
        assertThat(Quantity.of("10.0")).hasToString("10");
    }

    @Test
    void addsExactly() {
        Quantity sum = Quantity.of("0.001").plus(Quantity.of(new BigDecimal("0.0030")));

        assertThat(sum).isEqualTo(Quantity.of("0.004"));
        assertThat(sum).hasToString("0.004");
    }

    @Test
    void ordersByValue() {
        assertThat(Quantity.of("0.00034")).isGreaterThan(Quantity.of("0.00033"));
    }

    @Test
    void rejectsNegative() {
        assertThatThrownBy(() -> Quantity.of("-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity must be positive, got -1");
    }

    @Test
    void rejectsZeroAndGarbage() {
        assertThatThrownBy(() -> Quantity.of("0.000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantity.of("1,5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a decimal number");
    }
}
