package dev.robson.server.closing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a person settles a close that cannot proceed, with what the exchange shows.
 *
 * @param outcome {@code CLOSED_OUTSIDE}: sold outside Robson with these fills;
 *                {@code NOTHING_SOLD}: back to ACTIVE, once the exchange confirms no close order sold anything
 * @param fills   for CLOSED_OUTSIDE: each trade's quantity, price and commission
 * @param note    why, kept in the audit trail
 */
record ResolveCloseRequest(
        @NotNull @Pattern(regexp = "CLOSED_OUTSIDE|NOTHING_SOLD", message = "outcome is CLOSED_OUTSIDE or NOTHING_SOLD")
        String outcome,

        @Nullable @Size(max = 50) List<@Valid @NotNull Fill> fills,
        @Nullable @Size(max = 200) String note) {

    /** The two ways a person settles a close. */
    enum Outcome {
        CLOSED_OUTSIDE,
        NOTHING_SOLD
    }

    /** The outcome by its name: the pattern above admits nothing else. */
    Outcome settledAs() {
        return Outcome.valueOf(outcome);
    }

    record Fill(
            @NotNull @Positive @Digits(integer = 20, fraction = 18)
            BigDecimal quantity,

            @NotNull @Positive @Digits(integer = 20, fraction = 18)
            BigDecimal price,

            @Nullable @PositiveOrZero @Digits(integer = 20, fraction = 18)
            BigDecimal commission,

            @Nullable @Pattern(regexp = "[A-Z0-9]{2,12}", message = "an asset is 2 to 12 upper-case letters or digits")
            String commissionAsset) {}
}
