package dev.robson.core.operation;

import static dev.robson.core.MarketFixtures.demoLong;
import static dev.robson.core.MarketFixtures.demoShort;
import static dev.robson.core.MarketFixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** demoLong: stop 87061.16, target 92391.44. demoShort: stop 91000, target 85000. */
class OperationTriggerTest {

    @Test
    void longStopsWhenTheBidTouchesTheStop() {
        assertThat(demoLong().triggeredBy(quote("BTCUSDC", "87061.16", "87062.00")))
                .contains(CloseReason.STOP_LOSS);
    }

    @Test
    void longStopsWhenTheBidFallsThroughTheStop() {
        assertThat(demoLong().triggeredBy(quote("BTCUSDC", "86000", "86001"))).contains(CloseReason.STOP_LOSS);
    }

    @Test
    void longTakesProfitWhenTheBidTouchesTheTarget() {
        assertThat(demoLong().triggeredBy(quote("BTCUSDC", "92391.44", "92391.45")))
                .contains(CloseReason.TAKE_PROFIT);
    }

    @Test
    void longIgnoresAnAskAtTheTargetWhileTheBidIsBelow() {
        assertThat(demoLong().triggeredBy(quote("BTCUSDC", "92391.43", "92391.44")))
                .isEmpty();
    }

    @Test
    void longBetweenTheBoundsTriggersNothing() {
        assertThat(demoLong().triggeredBy(quote("BTCUSDC", "87061.17", "92391.43")))
                .isEmpty();
    }

    @Test
    void shortStopsWhenTheAskTouchesTheStop() {
        assertThat(demoShort().triggeredBy(quote("BTCUSDC", "90999", "91000"))).contains(CloseReason.STOP_LOSS);
    }

    @Test
    void shortTakesProfitWhenTheAskTouchesTheTarget() {
        assertThat(demoShort().triggeredBy(quote("BTCUSDC", "84999", "85000"))).contains(CloseReason.TAKE_PROFIT);
    }

    @Test
    void shortIgnoresABidAtTheTargetWhileTheAskIsAboveIt() {
        assertThat(demoShort().triggeredBy(quote("BTCUSDC", "85000", "90999.99")))
                .isEmpty();
    }

    @Test
    void closingOperationTriggersNothing() {
        Operation operation = demoLong();
        operation.beginClosing(CloseReason.MANUAL);

        assertThat(operation.triggeredBy(quote("BTCUSDC", "80000", "80001"))).isEmpty();
    }

    @Test
    void quoteOfAnotherSymbolIsRejected() {
        assertThatThrownBy(() -> demoLong().triggeredBy(quote("ETHBTC", "0.03", "0.04")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quote for ETHBTC cannot trigger an operation on BTCUSDC");
        assertThatThrownBy(() -> demoLong().triggeredBy(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
