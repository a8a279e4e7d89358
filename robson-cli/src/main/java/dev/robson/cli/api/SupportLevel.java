package dev.robson.cli.api;

import java.math.BigDecimal;

/**
 * A support the stop finder saw: its deepest low, how many swing lows it gathers and when price
 * last touched it. {@code reason} is set only for a level it skipped ({@code below_min},
 * {@code above_max}).
 */
public record SupportLevel(
        BigDecimal price,
        long members,
        @Nullable String lastTouchTime,
        @Nullable String reason) {}
