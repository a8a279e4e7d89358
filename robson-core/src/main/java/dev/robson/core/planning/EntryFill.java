package dev.robson.core.planning;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.operation.Fee;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What the entry order bought: all of the confirmed quantity, or part of it when the IOC found
 * too little at or below E_max.
 *
 * @param quoteQuantity the exact quote amount spent, or null when only the average is known
 * @param clientOrderId the deterministic id the order was placed with
 */
public record EntryFill(
        Quantity quantity,
        Price averagePrice,
        BigDecimal quoteQuantity,
        Fee fee,
        Instant filledAt,
        String clientOrderId) {

    public EntryFill {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(filledAt, "filledAt");
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        if (fee.inBase().compareTo(quantity.value()) >= 0) {
            throw new IllegalArgumentException("the entry fee in base must be less than the quantity bought");
        }
    }
}
