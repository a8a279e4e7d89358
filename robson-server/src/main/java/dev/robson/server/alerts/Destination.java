package dev.robson.server.alerts;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A target opened for sending: where to, and with what secret (signing secret or bot token).
 * Lives only while a delivery is sent; {@link #toString()} shows no secret.
 */
record Destination(
        long targetId,
        TargetKind kind,
        String name,
        URI url,
        @Nullable String secret,
        @Nullable String chatId) {

    @Override
    public String toString() {
        return "Destination[" + kind + " " + targetId + "]";
    }
}
