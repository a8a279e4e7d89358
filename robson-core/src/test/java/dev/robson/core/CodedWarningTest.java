package dev.robson.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.planning.sizing.SizingWarning;
import dev.robson.core.planning.stop.StopWarning;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The codes are on the wire and in the clients: renaming a constant must fail here first. */
class CodedWarningTest {

    @Test
    void stopWarningsKeepTheirWireCodes() {
        assertThat(Stream.of(StopWarning.values()).map(CodedWarning::code))
                .containsExactly("second_support_not_found", "atr_fallback");
    }

    @Test
    void sizingWarningsKeepTheirWireCodes() {
        assertThat(Stream.of(SizingWarning.values()).map(CodedWarning::code))
                .containsExactly("cash_capped", "max_quantity_capped");
    }

    @Test
    void theMessageIsTheConstantsOwn() {
        assertThat(SizingWarning.CASH_CAPPED.message())
                .isEqualTo("the free balance, not the risk allowance, limits the size");
        assertThat(StopWarning.ATR_FALLBACK.message())
                .isEqualTo("no support within bounds: the stop comes from the ATR");
    }
}
