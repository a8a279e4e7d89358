package dev.robson.core.planning.stop;

import dev.robson.core.market.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups swing lows into supports. Lows are taken ascending; each joins the first cluster whose
 * running mean is within the tolerance (inclusive), else starts one. The level is the deepest
 * member: the market defended that price, and a stop at the mean would sit inside the zone.
 */
final class LevelClusters {

    private LevelClusters() {}

    /** Supports highest (nearest the entry) first, ranked from 1. */
    static List<SupportLevel> of(List<SwingLow> lows, BigDecimal tolerance) {
        List<SwingLow> ascending = lows.stream()
                .sorted(Comparator.comparing(SwingLow::price).thenComparing(SwingLow::time))
                .toList();
        List<Cluster> clusters = new ArrayList<>();
        for (SwingLow low : ascending) {
            clusters.stream()
                    .filter(cluster -> cluster.accepts(low.price().value(), tolerance))
                    .findFirst()
                    .ifPresentOrElse(cluster -> cluster.add(low), () -> clusters.add(new Cluster(low)));
        }
        List<Cluster> nearestFirst = clusters.stream()
                .sorted(Comparator.comparing((Cluster cluster) -> cluster.deepest)
                        .reversed())
                .toList();
        List<SupportLevel> levels = new ArrayList<>();
        for (int i = 0; i < nearestFirst.size(); i++) {
            Cluster cluster = nearestFirst.get(i);
            levels.add(new SupportLevel(i + 1, cluster.deepest, cluster.members, cluster.lastTouch));
        }
        return levels;
    }

    private static final class Cluster {
        private final Price deepest;
        private BigDecimal sum;
        private int members;
        private Instant lastTouch;

        Cluster(SwingLow first) {
            this.deepest = first.price();
            this.sum = first.price().value();
            this.members = 1;
            this.lastTouch = first.time();
        }

        /** |low − sum / n| ≤ tolerance, compared as |low × n − sum| ≤ tolerance × n: no division. */
        boolean accepts(BigDecimal low, BigDecimal tolerance) {
            BigDecimal count = BigDecimal.valueOf(members);
            return low.multiply(count).subtract(sum).abs().compareTo(tolerance.multiply(count)) <= 0;
        }

        void add(SwingLow low) {
            sum = sum.add(low.price().value());
            members++;
            if (low.time().isAfter(lastTouch)) {
                lastTouch = low.time();
            }
        }
    }
}
