package dev.robson.server.events;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.PriceSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire form of bus messages between replicas: JSON with every decimal as text, so a price
 * crosses Redis to the last digit, and the sending replica named, so it can tell its own echo.
 * A message another version wrote, or garbage, decodes to nothing.
 */
final class BusMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BusMessages() {}

    static String price(MarketQuote price, String origin) {
        Quote quote = price.quote();
        ObjectNode node = JSON.createObjectNode()
                .put("o", origin)
                .put("s", quote.symbol())
                .put("b", quote.bid().value().toPlainString())
                .put("a", quote.ask().value().toPlainString())
                .put("l", quote.last().value().toPlainString())
                .put("t", quote.readAt().toEpochMilli())
                .put("src", price.source().name());
        return JSON.writeValueAsString(node);
    }

    record Priced(MarketQuote price, String origin) {}

    static Optional<Priced> price(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            Quote quote = new Quote(
                    node.get("s").asString(),
                    Price.of(node.get("b").asString()),
                    Price.of(node.get("a").asString()),
                    Price.of(node.get("l").asString()),
                    Instant.ofEpochMilli(node.get("t").asLong()));
            return Optional.of(new Priced(
                    new MarketQuote(quote, PriceSource.valueOf(node.get("src").asString()), false),
                    node.get("o").asString()));
        } catch (RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    static String event(OperationEvent event) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", event.id())
                .put("tenant", event.tenantId())
                .put("number", event.operationNumber())
                .put("symbol", event.symbol())
                .put("event", event.event())
                .put("detail", event.detail())
                .put("reason", event.closeReason())
                .put("pnl", text(event.realizedPnl()))
                .put("net", text(event.realizedPnlNet()))
                .put("at", event.occurredAt().toString());
        return JSON.writeValueAsString(node);
    }

    static Optional<OperationEvent> event(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            return Optional.of(new OperationEvent(
                    node.get("id").asLong(),
                    node.get("tenant").asLong(),
                    node.get("number").asLong(),
                    node.get("symbol").asString(),
                    node.get("event").asString(),
                    optional(node, "detail"),
                    optional(node, "reason"),
                    decimal(node, "pnl"),
                    decimal(node, "net"),
                    Instant.parse(node.get("at").asString())));
        } catch (RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String text = optional(node, field);
        return text == null ? null : new BigDecimal(text);
    }
}
