package dev.robson.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's claims as several replicas' relays make them at once: no event is claimed by two
 * relays, none is left behind, and a claim whose relay died (never marked published) is taken
 * again once its lease runs out. Run on H2 and on PostgreSQL.
 */
abstract class OutboxClaimContract {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    EventOutbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    final long tenantId = 900_000 + System.nanoTime() % 100_000;

    @BeforeEach
    void noRelayButOurs() {
        relay.stop();
        jdbc.sql("UPDATE event_outbox SET published_at = CURRENT_TIMESTAMP WHERE published_at IS NULL")
                .update();
    }

    @AfterEach
    void relayBack() {
        relay.start();
    }

    @Test
    void whenRelaysClaimAtOnceThenEachEventIsClaimedByExactlyOne() throws Exception {
        List<Long> written = write(120);
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        try (var relays = Executors.newFixedThreadPool(4)) {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                running.add(relays.submit(() -> {
                    while (true) {
                        EventOutbox.Claim claim = transaction.execute(status -> outbox.claim(7, LEASE, Instant.now()));
                        if (claim.events().isEmpty()) {
                            return null;
                        }
                        List<Long> ids =
                                claim.events().stream().map(OperationEvent::id).toList();
                        claimed.addAll(ids);
                        outbox.published(ids, Instant.now());
                    }
                }));
            }
            for (Future<?> relay : running) {
                relay.get();
            }
        }
        List<Long> ours = claimed.stream().filter(written::contains).sorted().toList();
        assertThat(ours).as("no event claimed twice").doesNotHaveDuplicates();
        assertThat(Set.copyOf(ours)).as("no event left behind").isEqualTo(new HashSet<>(written));
    }

    @Test
    void whenARelayDiesHoldingAClaimThenAnotherTakesItAfterTheLease() {
        List<Long> written = write(3);
        Instant now = Instant.now();
        EventOutbox.Claim dead = outbox.claim(10, LEASE, now);
        assertThat(dead.events()).extracting(OperationEvent::id).containsAll(written);

        assertThat(outbox.claim(10, LEASE, now.plusSeconds(1)).events()).isEmpty();
        EventOutbox.Claim again = outbox.claim(10, LEASE, now.plus(LEASE).plusSeconds(1));
        assertThat(again.events()).extracting(OperationEvent::id).containsAll(written);
        assertThat(again.unhanded()).extracting(OperationEvent::id).containsAll(written);
    }

    @Test
    void whenEventsAreReadByTenantThenOnlyThatTenantsComeBackInOrder() {
        List<Long> mine = write(3);
        long other = tenantId + 1;
        insert(other, "CLOSED");
        assertThat(outbox.after(tenantId, 0, 100))
                .extracting(OperationEvent::id)
                .containsExactlyElementsOf(mine);
        assertThat(outbox.after(tenantId, mine.get(0), 100))
                .extracting(OperationEvent::id)
                .containsExactly(mine.get(1), mine.get(2));
        assertThat(outbox.latest(tenantId, 2)).extracting(OperationEvent::id).containsExactly(mine.get(1), mine.get(2));
    }

    private List<Long> write(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(insert(tenantId, i % 2 == 0 ? "CLOSING" : "CLOSED"));
        }
        return ids;
    }

    private long insert(long tenant, String event) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO event_outbox (tenant_id, operation_id, operation_number, symbol, event, occurred_at)
                VALUES (:tenant, 1, 1, 'BTCUSDC', :event, :at)""")
                .param("tenant", tenant)
                .param("event", event)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
