package dev.robson.core.planning.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Price;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetPriceTest {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Test
    void estimatesFromTheEntryReference() {
        // 90,000 + 2 × 1,350 = 92,700.
        assertThat(TargetPrice.of(Price.of("90000"), Price.of("88650"), BigDecimal.TWO, CENT))
                .isEqualTo(Price.of("92700"));
    }

    @Test
    void fromTheFillItFloorsToTheTick() {
        // 90,010.37 + 1.5 × 1,360.37 = 92,050.925: floored 92,050.92 (half-up would say .93).
        assertThat(TargetPrice.of(Price.of("90010.37"), Price.of("88650"), new BigDecimal("1.5"), CENT))
                .isEqualTo(Price.of("92050.92"));
    }

    @Test
    void needsTheStopBelowTheEntry() {
        assertThatThrownBy(() -> TargetPrice.of(Price.of("88650"), Price.of("88650"), BigDecimal.TWO, CENT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
