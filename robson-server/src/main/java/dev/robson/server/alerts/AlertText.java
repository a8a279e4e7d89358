package dev.robson.server.alerts;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The one line a person reads in Telegram, Slack or Discord (and the webhook's {@code text}):
 * what happened, to which operation, and the money when it closed. Every event a target may
 * choose has its own headline; the audit trail's detail follows it.
 */
final class AlertText {

    /** Headlines of the events whose line is "headline: #n SYMBOL: detail". */
    private static final Map<String, String> HEADLINES = Map.ofEntries(
            Map.entry("CLOSING", "Closing"),
            Map.entry("ORDER_SENT", "Close order sent"),
            Map.entry("FILLED", "Close order filled"),
            Map.entry("ORDER_UNKNOWN", "Close order outcome unknown, looking it up"),
            Map.entry("ORDER_NOT_FOUND", "Close order never reached the exchange"),
            Map.entry("ORDER_REJECTED", "Close order rejected"),
            Map.entry("ORDER_MISMATCH", "Another order holds our close order's id"),
            Map.entry("RETRY", "Close retried"),
            Map.entry("RESOLVED", "Close resolved by hand"),
            Map.entry("PLANNED", "Entry planned"),
            Map.entry("CANCELLED", "Plan cancelled"),
            Map.entry("EXPIRED", "Plan expired"),
            Map.entry("CONFIRMED", "Entry confirmed"),
            Map.entry("REJECTED", "Entry refused"),
            Map.entry("ENTRY_ORDER_SENT", "Entry order sent"),
            Map.entry("ENTRY_ORDER_UNKNOWN", "Entry order outcome unknown, looking it up"),
            Map.entry("ENTRY_ORDER_REJECTED", "Entry order rejected"),
            Map.entry("ENTRY_ORDER_NOT_FOUND", "Entry order never reached the exchange"),
            Map.entry("ENTRY_ORDER_MISMATCH", "Another order holds our entry order's id"),
            Map.entry("ENTRY_ORDER_NEW", "Entry order ended unfilled (NEW)"),
            Map.entry("ENTRY_ORDER_PARTIALLY_FILLED", "Entry order ended (PARTIALLY_FILLED)"),
            Map.entry("ENTRY_ORDER_FILLED", "Entry order ended (FILLED)"),
            Map.entry("ENTRY_ORDER_CANCELED", "Entry order ended unfilled (CANCELED)"),
            Map.entry("ENTRY_ORDER_EXPIRED", "Entry order ended unfilled (EXPIRED)"),
            Map.entry("ENTRY_FILLED", "Entry filled"),
            Map.entry("ACTIVE", "Now guarded, stop and target armed"),
            Map.entry("FAILED", "Entry failed"));

    private AlertText() {}

    /** Whether {@code event} has a headline of its own (every event a target may choose does). */
    static boolean hasHeadline(String event) {
        return HEADLINES.containsKey(event) || "CLOSED".equals(event) || "NEEDS_ATTENTION".equals(event);
    }

    static String of(String event, JsonNode data) {
        if (AlertEvents.TEST.equals(event)) {
            return "Robson: test alert for \"" + data.path("target").asString() + "\". Alerts reach you here.";
        }
        String operation = "#" + data.path("operation_id").asString() + " "
                + data.path("symbol").asString();
        String detail = data.path("detail").isString() ? data.path("detail").asString() : "";
        return switch (event) {
            case "CLOSED" -> closed(operation, data);
            case "NEEDS_ATTENTION" -> "Robson: " + operation + " needs attention: " + detail;
            default ->
                "Robson: " + HEADLINES.getOrDefault(event, event) + ": " + operation
                        + (detail.isEmpty() ? "" : ": " + detail);
        };
    }

    private static String closed(String operation, JsonNode data) {
        String reason = data.path("reason").asString("");
        String headline = switch (reason) {
            case "STOP_LOSS" -> "Stop hit";
            case "TAKE_PROFIT" -> "Target hit";
            default -> "Closed";
        };
        String pnl =
                data.path("realized_pnl_net").asString(data.path("realized_pnl").asString(""));
        return "Robson: " + headline + ": " + operation + " closed"
                + (reason.isEmpty() ? "" : " (" + reason + ")")
                + (pnl.isEmpty() ? "" : ", realized " + pnl);
    }
}
