package dev.robson.cli;

/** Whole seconds held, as a trader reads them: 45s, 12m, 3h 5m, 2d 4h. */
final class Durations {

    private Durations() {}

    static String held(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return minutes % 60 == 0 ? hours + "h" : hours + "h " + minutes % 60 + "m";
        }
        return hours % 24 == 0 ? hours / 24 + "d" : hours / 24 + "d " + hours % 24 + "h";
    }
}
