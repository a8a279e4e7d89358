package dev.robson.server.events;

import dev.robson.core.market.Symbol;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An operation event as clients read it, on the push stream and from {@code GET /api/events/}.
 * {@code operation_id} is the tenant's operation number, as everywhere in the API; amounts are
 * rounded like every quote amount (2 decimals for USD stablecoins, else 8).
 *
 * @param id the event's place in the flow: resume after it, never compare it with another tenant's
 */
public record OperationEventView(
        long id,
        long operationId,
        String symbol,
        String event,
        @Nullable String detail,
        @Nullable String reason,
        @Nullable BigDecimal realizedPnl,
        @Nullable BigDecimal realizedPnlNet,
        Instant occurredAt) {

    public static OperationEventView of(OperationEvent event, SymbolCatalog symbols) {
        boolean closed = "CLOSED".equals(event.event());
        Symbol symbol = symbols.find(event.symbol()).orElse(null);
        return new OperationEventView(
                event.id(),
                event.operationNumber(),
                event.symbol(),
                event.event(),
                event.detail(),
                event.closeReason(),
                closed ? round(event.realizedPnl(), symbol) : null,
                closed ? round(event.realizedPnlNet(), symbol) : null,
                event.occurredAt());
    }

    private static BigDecimal round(BigDecimal amount, Symbol symbol) {
        if (amount == null) {
            return null;
        }
        return symbol == null ? amount : symbol.roundQuoteAmount(amount);
    }
}
