package dev.robson.core.planning.stop;

import java.util.Objects;

/**
 * The candles cannot be trusted to place a stop: too few, gapped, or stale. Retryable, since the
 * market data usually recovers, so the server answers it 503-class.
 */
public record DataUnavailable(Problem problem, String message) implements StopOutcome {

    public static final String CODE = "data_unavailable";

    public enum Problem {
        TOO_FEW_CANDLES,
        GAPPED,
        STALE
    }

    public DataUnavailable {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
    }

    public String code() {
        return CODE;
    }
}
