package dev.robson.server.market;

import java.util.Random;

/**
 * Where a simulated market's anchor heads, one leg at a time, so that its chart has supports a
 * plan's stop finder can read. A cycle's lows rise, each 0.65 % over the one before (more than
 * the finder's 0.5 % clustering, so each is a support of its own, and every earlier one stays
 * below the price); each high is 1.1 to 1.5 % over its low. A cycle opens with a fast drop to
 * its deepest low and two quick swings (the only stretch with fewer than two supports under the
 * price), then climbs in slower ones: about 23 hours in all.
 */
final class AnchorSwings {

    /**
     * @param endBps  where the leg ends, in basis points from the market's level
     * @param minutes how long it takes
     * @param swing   the swing of the cycle it belongs to, 0 for the one from the deepest low
     * @param climb   a climb to a high, else a fall to a low
     */
    record Leg(long endBps, long minutes, int swing, boolean climb) {}

    /** The lows of a cycle, in basis points from the level, each give or take 8. */
    static final long[] LOW_BPS = {-170, -100, -30, 40, 110};
    /** The highest high: under the simulated price's own bound of ±1.9 %. */
    static final long HIGHEST_BPS = 170;

    /** Halfway up this swing's climb the chart has three supports under it and hours to go before the drop. */
    private static final int STARTING_SWING = 2;

    private final Random random;
    private boolean climbing;
    private int swing;

    AnchorSwings(long seed) {
        this.random = new Random(seed);
    }

    Leg next() {
        climbing = !climbing;
        if (climbing) {
            long high = Math.min(HIGHEST_BPS, LOW_BPS[swing] + random.nextLong(110, 151));
            long minutes = switch (swing) {
                case 0 -> random.nextLong(60, 91);
                case 1 -> random.nextLong(90, 151);
                default -> random.nextLong(210, 331);
            };
            Leg leg = new Leg(high, minutes, swing, true);
            swing = (swing + 1) % LOW_BPS.length;
            return leg;
        }
        long low = LOW_BPS[swing] + random.nextLong(-8, 9);
        long minutes = switch (swing) {
            case 0 -> random.nextLong(45, 76);
            case 1 -> random.nextLong(30, 61);
            default -> random.nextLong(60, 121);
        };
        return new Leg(low, minutes, swing, false);
    }

    /**
     * How many minutes to play the swings of {@code seed} ahead, so that once a history of
     * {@code historyMinutes} is played the anchor is halfway up a third swing: a market then
     * starts (the demo, a test) on a chart with supports under the price, whatever the time.
     */
    static long lead(long seed, long historyMinutes) {
        AnchorSwings scan = new AnchorSwings(seed);
        long minute = 0;
        while (true) {
            Leg leg = scan.next();
            if (leg.climb() && leg.swing() == STARTING_SWING) {
                long halfway = minute + leg.minutes() / 2;
                if (halfway >= historyMinutes) {
                    return halfway - historyMinutes;
                }
            }
            minute += leg.minutes();
        }
    }
}
