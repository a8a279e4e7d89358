package dev.robson.server.exchange.binance.fake;

/** The weight charged in the current calendar minute, as Binance counts it per IP. */
final class MinuteWeight {

    private long minute = Long.MIN_VALUE;
    private int weight;

    /** Adds to this minute's weight and returns the minute's total. */
    synchronized int charge(int charged) {
        long now = Math.floorDiv(System.currentTimeMillis(), 60_000L);
        if (now != minute) {
            minute = now;
            weight = 0;
        }
        weight += charged;
        return weight;
    }

    synchronized void reset() {
        weight = 0;
    }

    int secondsToNextMinute() {
        long millis = System.currentTimeMillis();
        return (int) Math.max(1, (60_000L - Math.floorMod(millis, 60_000L) + 999) / 1000);
    }
}
