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
        @Nullable String failingSince,
        @Nullable String lastFailure,
        @Nullable String signingSecret) {}
