package dev.robson.server.operations;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** New stop and/or target; an absent field keeps its current value. */
public record MoveProtectionRequest(
        @Nullable @Positive @Digits(integer = 20, fraction = 18)
        BigDecimal stopLoss,

        @Nullable @Positive @Digits(integer = 20, fraction = 18)
        BigDecimal takeProfit) {

    @AssertTrue(message = "give stop_loss, take_profit or both")
    boolean isChangingSomething() {
        return stopLoss != null || takeProfit != null;
    }
}
