package dev.robson.cli.api;

import java.util.Locale;

/** BUY opens a LONG and SELL a SHORT; the server may send either word. */
final class Sides {

    private Sides() {}

    static String direction(String side) {
        return switch (side.toUpperCase(Locale.ROOT)) {
            case "BUY", "LONG" -> "LONG";
            case "SELL", "SHORT" -> "SHORT";
            default -> side;
        };
    }
}
