package dev.robson.cli.api;

import java.util.List;

/**
 * An alert target as {@code /api/alerts/targets/} shows it: never a secret, except
 * {@code signingSecret} in the answer that created a webhook target (shown once).
 */
public record AlertTarget(
        long id,
        String kind,
        String name,
        List<String> events,
        String destination,
        boolean enabled,
        String status,
        String failingSince,
        String lastFailure,
        String signingSecret) {

    static AlertTarget from(JsonObject json) {
        Object events = json.fields().get("events");
        return new AlertTarget(
                json.whole("id"),
                json.text("kind"),
                json.text("name"),
                events instanceof List<?> names
                        ? names.stream().map(String::valueOf).toList()
                        : List.of(),
                json.text("destination"),
                json.flag("enabled"),
                json.text("status"),
                json.optionalText("failing_since").orElse(null),
                json.optionalText("last_failure").orElse(null),
                json.optionalText("signing_secret").orElse(null));
    }
}
