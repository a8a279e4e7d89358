package dev.robson.server.closing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RejectionEscalationTest {

    @ParameterizedTest(name = "{0} rejections in a row: attention {1}")
    @CsvSource({"0, false", "1, false", "2, false", "3, true", "4, true", "20, true"})
    void aPersonIsAskedFromTheThirdRejectionInARowOn(int rejections, boolean attention) {
        assertThat(RejectionEscalation.needsAttention(rejections)).isEqualTo(attention);
    }

    @ParameterizedTest(name = "{0} rejections in a row: the reconciler sends again {1}")
    @CsvSource({"0, true", "1, true", "2, true", "3, false", "7, false"})
    void byItselfTheReconcilerSendsAgainOnlyBelowTheBound(int rejections, boolean sends) {
        assertThat(RejectionEscalation.maySendAfterRejection(rejections, false)).isEqualTo(sends);
    }

    @ParameterizedTest(name = "{0} rejections in a row: a person's retry sends")
    @CsvSource({"0", "2", "3", "50"})
    void aPersonsRetrySendsWhateverTheCount(int rejections) {
        assertThat(RejectionEscalation.maySendAfterRejection(rejections, true)).isTrue();
    }

    @Test
    void theNoteSaysHowManyRefusalsAndTheExchangesLastReason() {
        assertThat(RejectionEscalation.note("Account has insufficient balance for requested action."))
                .isEqualTo("The exchange rejected the close order 3 times: "
                        + "Account has insufficient balance for requested action.");
    }
}
