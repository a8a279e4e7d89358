package dev.robson.server.operations;

import dev.robson.core.market.Symbol;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Starts tracking a position that is already filled on the exchange. Decimal bounds keep
 * absurd inputs (1E+999999999) away from the arithmetic.
 *
 * @param entryFee      the commission the entry paid, if the trader gives it
 * @param entryFeeAsset the asset it was paid in (the base asset when Binance took it from the
 *                      coins bought); the quote asset when absent
 */
record TrackOperationRequest(
        @NotBlank @Size(max = Symbol.MAX_LENGTH) String symbol,
        @NotBlank @Size(max = 5) String side,

        @NotNull @Positive @Digits(integer = 20, fraction = 18)
        BigDecimal quantity,

        @NotNull @Positive @Digits(integer = 20, fraction = 18)
        BigDecimal entryPrice,

        @NotNull @Positive @Digits(integer = 20, fraction = 18)
        BigDecimal stopLoss,

        @NotNull @Positive @Digits(integer = 20, fraction = 18)
        BigDecimal takeProfit,

        @Nullable @PastOrPresent Instant openedAt,

        @Nullable @PositiveOrZero @Digits(integer = 20, fraction = 18)
        BigDecimal entryFee,

        @Nullable @Pattern(regexp = "[A-Z0-9]{2,12}", message = "an asset is 2 to 12 upper-case letters or digits")
        String entryFeeAsset) {}
