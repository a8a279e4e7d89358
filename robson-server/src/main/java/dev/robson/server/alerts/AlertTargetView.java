package dev.robson.server.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A target as the API shows it: never a secret. {@code destination} is the receiver's host (or
 * the Telegram chat); {@code status} is OK, FAILING (deliveries failing for longer than the
 * flag time: look at its deliveries) or DISABLED. {@code signing_secret} is set only in the
 * answer that created a webhook target without a secret of its own: keep it, it is shown once.
 */
public record AlertTargetView(
        long id,
        TargetKind kind,
        String name,
        List<String> events,
        String destination,
        boolean enabled,
        String status,
        @Nullable Instant failingSince,
        @Nullable Instant lastSuccessAt,
        @Nullable String lastFailure,
        Instant createdAt,
        @Nullable String signingSecret) {

    static AlertTargetView of(AlertTarget target, Instant now, Duration flagAfter, String signingSecret) {
        String status = !target.enabled()
                ? "DISABLED"
                : target.failingSince() != null
                                && !target.failingSince().plus(flagAfter).isAfter(now)
                        ? "FAILING"
                        : "OK";
        return new AlertTargetView(
                target.id(),
                target.kind(),
                target.name(),
                target.events(),
                target.destination(),
                target.enabled(),
                status,
                target.failingSince(),
                target.lastSuccessAt(),
                target.lastFailure(),
                target.createdAt(),
                signingSecret);
    }
}
