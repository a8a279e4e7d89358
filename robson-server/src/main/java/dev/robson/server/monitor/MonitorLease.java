package dev.robson.server.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row elects the replica whose stop monitor acts. The holder renews it on every tick;
 * when it stops renewing (crash, partition) another replica takes it once it expires. A
 * single conditional UPDATE decides, so two replicas can never both hold it.
 */
@Repository
class MonitorLease {

    private static final String NAME = "stop-monitor";

    private final JdbcClient jdbc;
    private final Clock clock;

    MonitorLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes or renews the lease for {@code holder}; true while it is ours. */
    boolean acquire(String holder, Duration ttl) {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE monitor_lease SET holder = :holder, expires_at = :expiresAt
                WHERE name = :name AND (holder = :holder OR holder IS NULL OR expires_at < :now)""")
                .param("holder", holder)
                .param("expiresAt", utc(now.plus(ttl)))
                .param("name", NAME)
                .param("now", utc(now))
                .update() == 1;
    }

    /** Hands the lease over at once on a clean shutdown instead of making others wait. */
    void release(String holder) {
        jdbc.sql("UPDATE monitor_lease SET holder = NULL WHERE name = :name AND holder = :holder")
                .param("name", NAME).param("holder", holder).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
