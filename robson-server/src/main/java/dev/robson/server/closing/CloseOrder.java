package dev.robson.server.closing;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A MARKET order that closes (part of) an operation. The client order id is this installation's
 * prefix with operation and attempt, so a resend after a crash can be matched with what the
 * exchange already has, and no other database's orders can be mistaken for it.
 *
 * @param side      the order's side: SELL to close a LONG, BUY to close a SHORT
 * @param createdAt when it was written down, just before it was sent
 */
public record CloseOrder(
        long tenantId,
        long operationId,
        int attempt,
        Symbol symbol,
        Side side,
        BigDecimal quantity,
        CloseReason reason,
        String clientOrderId,
        Instant createdAt) {}
