package dev.robson.server.closing;

import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The LIMIT IOC BUY that opens a planned operation: at most {@code quantity}, at no more than
 * {@code limitPrice} (the plan's E_max). Written down before it is sent, under a client order id
 * derived from the operation, so a lost answer is found again by that id.
 *
 * @param createdAt when it was written down, just before it was sent
 */
public record EntryOrder(
        long tenantId,
        long operationId,
        Symbol symbol,
        BigDecimal quantity,
        Price limitPrice,
        String clientOrderId,
        Instant createdAt) {}
