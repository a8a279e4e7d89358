package dev.robson.server.operations;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Starts tracking a position that is already filled on the exchange. Decimal bounds keep
 * absurd inputs (1E+999999999) away from the arithmetic.
 */
record TrackOperationRequest(
        @NotBlank @Size(max = 24) String symbol,
        @NotBlank @Size(max = 5) String side,
        @NotNull @Positive @Digits(integer = 20, fraction = 18) BigDecimal quantity,
        @NotNull @Positive @Digits(integer = 20, fraction = 18) BigDecimal entryPrice,
        @NotNull @Positive @Digits(integer = 20, fraction = 18) BigDecimal stopLoss,
        @NotNull @Positive @Digits(integer = 20, fraction = 18) BigDecimal takeProfit,
        @Nullable @PastOrPresent Instant openedAt) {
}
