package dev.robson.core.planning.stop;

import java.util.Objects;

/** A support the selection looked at and did not take. */
public record SkippedLevel(SupportLevel level, Reason reason) {

    public enum Reason {
        /** Nearer E than the minimum distance: ordinary noise would stop the trade out. */
        BELOW_MIN("below_min"),
        /** Farther than the maximum distance; every deeper support is farther still. */
        ABOVE_MAX("above_max");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public SkippedLevel {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
    }
}
