package dev.robson.server.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which partitions of symbols this replica guards. A symbol belongs to partition
 * {@code floorMod(symbol.hashCode(), partitions)} (String's hash is specified by the language,
 * so every replica computes the same). On each tick the replica renews what it holds, hands
 * over what exceeds its fair share {@code ceil(partitions / live replicas)}, and takes free or
 * expired partitions up to that share. A replica that dies stops renewing; within one lease
 * time its partitions are free and the others' shares have grown to take them.
 */
final class PartitionOwnership {

    private static final Logger log = LoggerFactory.getLogger(PartitionOwnership.class);

    private final PartitionLeaseRepository leases;
    private final String replica;
    private final int partitions;
    private final Duration ttl;
    private final Clock clock;
    private volatile Set<Integer> owned = Set.of();
    private boolean ensured;
    /** Whether this replica ever joined the roll: one that never ticked has nothing to hand over. */
    private volatile boolean joined;

    PartitionOwnership(PartitionLeaseRepository leases, String replica, int partitions, Duration ttl, Clock clock) {
        if (partitions < 1) {
            throw new IllegalArgumentException("the monitor needs at least one partition, got " + partitions);
        }
        this.leases = leases;
        this.replica = replica;
        this.partitions = partitions;
        this.ttl = ttl;
        this.clock = clock;
    }

    static int partitionOf(String symbol, int partitions) {
        return Math.floorMod(symbol.hashCode(), partitions);
    }

    boolean owns(String symbol) {
        return owned.contains(partitionOf(symbol, partitions));
    }

    Set<Integer> owned() {
        return owned;
    }

    /** Renews, hands over and takes partitions; answers the ones this call newly took. */
    Set<Integer> balance() {
        if (!ensured) {
            leases.ensure(partitions);
            ensured = true;
        }
        Instant now = clock.instant();
        Instant until = now.plus(ttl);
        leases.announce(replica, now, until);
        joined = true;
        int share = Math.ceilDiv(partitions, Math.max(1, leases.liveReplicas(now)));
        Set<String> renewed = leases.renewAll(replica, now, until);
        TreeSet<Integer> held = new TreeSet<>();
        for (int partition = 0; partition < partitions; partition++) {
            if (renewed.contains(PartitionLeaseRepository.name(partition, partitions))) {
                held.add(partition);
            }
        }
        while (held.size() > share) {
            int handed = held.pollLast();
            leases.release(PartitionLeaseRepository.name(handed, partitions), replica);
        }
        // Each replica starts looking at its own offset, so replicas joining together rarely race for the same row.
        int start = Math.floorMod(replica.hashCode(), partitions);
        for (int step = 0; step < partitions && held.size() < share; step++) {
            int partition = (start + step) % partitions;
            if (!held.contains(partition)
                    && leases.acquire(PartitionLeaseRepository.name(partition, partitions), replica, now, until)) {
                held.add(partition);
            }
        }
        Set<Integer> gained = new HashSet<>(held);
        gained.removeAll(owned);
        if (!held.equals(owned)) {
            log.info("Stop monitor partitions of this replica ({}): {} of {}", replica, held, partitions);
        }
        owned = Set.copyOf(held);
        return gained;
    }

    /** Acts as if nothing were held: after a failure we cannot tell what is still ours. */
    void forget() {
        owned = Set.of();
    }

    /** Clean shutdown: every partition free at once, and out of the roll, so the others' shares grow now. */
    void releaseAll() {
        if (!joined) {
            return;
        }
        for (int partition : owned) {
            leases.release(PartitionLeaseRepository.name(partition, partitions), replica);
        }
        owned = Set.of();
        leases.leave(replica);
        joined = false;
    }
}
