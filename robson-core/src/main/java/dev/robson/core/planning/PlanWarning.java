package dev.robson.core.planning;

import dev.robson.core.CodedWarning;
import java.util.Objects;

/** Something the trader should read before confirming, from the stop or from the size. */
public record PlanWarning(String code, String message) {

    public PlanWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    static PlanWarning of(CodedWarning warning) {
        return new PlanWarning(warning.code(), warning.message());
    }
}
