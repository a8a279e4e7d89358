package dev.robson.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demand's bounds: a cap of symbols per tenant, and a grace after the last follower left. */
class PriceDemandTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
    private final LocalPriceDemand demand = new LocalPriceDemand(clock, Duration.ofSeconds(30), 2);

    @Test
    void aTenantAddsAtMostItsCapAndEveryTenantCountsTheSameOnes() {
        // Tenant 1 follows three, the cap is two: the first two by name, ADAUSDC and BTCUSDC.
        demand.followed(Map.of(1L, Set.of("ETHUSDC", "BTCUSDC", "ADAUSDC"), 2L, Set.of("SOLUSDC")));

        assertThat(demand.symbols()).containsExactlyInAnyOrder("ADAUSDC", "BTCUSDC", "SOLUSDC");
    }

    @Test
    void aSymbolNobodyFollowsAnyMoreStaysForTheGraceThenGoes() {
        demand.followed(Map.of(1L, Set.of("BTCUSDT")));
        clock.advance(Duration.ofSeconds(29));
        // 29 s after it was last said, within the 30 s grace.
        assertThat(demand.symbols()).containsExactly("BTCUSDT");

        clock.advance(Duration.ofSeconds(1));

        assertThat(demand.symbols()).isEmpty();
    }

    @Test
    void aSymbolSaidAgainLivesOnFromThen() {
        demand.followed(Map.of(1L, Set.of("BTCUSDT")));
        clock.advance(Duration.ofSeconds(20));
        demand.followed(Map.of(1L, Set.of("BTCUSDT")));
        clock.advance(Duration.ofSeconds(20));

        // 40 s after the first word, 20 s after the last one.
        assertThat(demand.symbols()).containsExactly("BTCUSDT");
    }
}
