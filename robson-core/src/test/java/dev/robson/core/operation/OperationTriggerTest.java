package dev.robson.core.operation;

import static dev.robson.core.MarketFixtures.demo;
import static dev.robson.core.MarketFixtures.demoLong;
import static dev.robson.core.MarketFixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** demoLong: stop 87061.16, target 92391.44. demoShort: stop 91000, target 85000. */
class OperationTriggerTest {

    /** A LONG is judged by the bid and a SHORT by the ask, each bound inclusive; the other side never counts. */
    @ParameterizedTest(name = "{0} at bid {1} / ask {2}: {3}")
    @CsvSource({
        "BUY,  87061.16, 87062.00, STOP_LOSS", // the bid touches the stop
        "BUY,  86000,    86001,    STOP_LOSS", // the bid falls through it
        "BUY,  92391.44, 92391.45, TAKE_PROFIT", // the bid touches the target
        "BUY,  92391.43, 92391.44, ", // only the ask is at the target
        "BUY,  87061.17, 92391.43, ", // between the bounds
        "SELL, 90999,    91000,    STOP_LOSS", // the ask touches the stop
        "SELL, 84999,    85000,    TAKE_PROFIT", // the ask touches the target
        "SELL, 85000,    90999.99, " // only the bid is at the target
    })
    void theExitSideOfTheQuoteDecidesWhichBoundIsReached(Side side, String bid, String ask, CloseReason reached) {
        Operation operation = demo(side);

        assertThat(operation.triggeredBy(quote("BTCUSDC", bid, ask))).isEqualTo(Optional.ofNullable(reached));
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
