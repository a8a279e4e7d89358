package dev.robson.server.monitor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The monitor's leases, one row per partition of symbols, and the roll of replicas taking part.
 * A partition is held by one replica at a time: a single conditional UPDATE takes it, and only
 * when it is free, already ours, or expired. The holder renews it on every tick; a replica that
 * stops renewing (crash, pause, partition) loses it once it expires.
 */
@Repository
class PartitionLeaseRepository {

    private static final OffsetDateTime NEVER = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final JdbcClient jdbc;

    PartitionLeaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code stop-monitor-3/16}: the count is in the name, so replicas configured apart never share a row. */
    static String name(int partition, int partitions) {
        return "stop-monitor-" + partition + "/" + partitions;
    }

    /** Creates the lease rows that do not exist yet (the first replica to start writes them). */
    void ensure(int partitions) {
        for (int partition = 0; partition < partitions; partition++) {
            String name = name(partition, partitions);
            try {
                jdbc.sql("""
                        INSERT INTO monitor_lease (name, holder, expires_at)
                        SELECT :name, CAST(NULL AS VARCHAR(64)), :never WHERE NOT EXISTS
                            (SELECT 1 FROM monitor_lease WHERE name = :name)""").param("name", name).param("never", NEVER).update();
            } catch (DuplicateKeyException anotherReplicaWroteIt) {
                // Two replicas starting together: the row is there, which is all we need.
            }
        }
    }

    /** Says this replica takes part until {@code until}; the roll decides everyone's fair share. */
    void announce(String replica, Instant now, Instant until) {
        int renewed = jdbc.sql("UPDATE monitor_replicas SET expires_at = :until WHERE replica = :replica")
                .param("until", utc(until))
                .param("replica", replica)
                .update();
        if (renewed == 0) {
            try {
                jdbc.sql("INSERT INTO monitor_replicas (replica, expires_at) VALUES (:replica, :until)")
                        .param("replica", replica)
                        .param("until", utc(until))
                        .update();
            } catch (DuplicateKeyException raced) {
                // Only this replica writes its own row; a retry of the same insert is harmless.
            }
        }
        jdbc.sql("DELETE FROM monitor_replicas WHERE expires_at < :now")
                .param("now", utc(now))
                .update();
    }

    int liveReplicas(Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM monitor_replicas WHERE expires_at >= :now")
                .param("now", utc(now))
                .query(Integer.class)
                .single();
    }

    void leave(String replica) {
        jdbc.sql("DELETE FROM monitor_replicas WHERE replica = :replica")
                .param("replica", replica)
                .update();
    }

    /** Takes or renews one partition for {@code holder}; true while it is ours. */
    boolean acquire(String name, String holder, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE monitor_lease SET holder = :holder, expires_at = :until
                WHERE name = :name AND (holder = :holder OR holder IS NULL OR expires_at < :now)""")
                        .param("holder", holder)
                        .param("until", utc(until))
                        .param("name", name)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    /** Renews in one statement every unexpired lease {@code holder} has; answers their names. */
    Set<String> renewAll(String holder, Instant now, Instant until) {
        jdbc.sql("UPDATE monitor_lease SET expires_at = :until WHERE holder = :holder AND expires_at >= :now")
                .param("until", utc(until))
                .param("holder", holder)
                .param("now", utc(now))
                .update();
        return new HashSet<>(jdbc.sql("SELECT name FROM monitor_lease WHERE holder = :holder AND expires_at >= :now")
                .param("holder", holder)
                .param("now", utc(now))
                .query(String.class)
                .list());
    }

    /** Hands a partition over at once (too many held, or a clean shutdown) instead of making others wait. */
    void release(String name, String holder) {
        jdbc.sql("UPDATE monitor_lease SET holder = NULL WHERE name = :name AND holder = :holder")
                .param("name", name)
                .param("holder", holder)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
