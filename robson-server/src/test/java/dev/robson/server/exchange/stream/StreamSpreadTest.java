package dev.robson.server.exchange.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Quote;
import dev.robson.server.exchange.Eventually;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** More symbols than one connection may carry, against the fake stream (which enforces Binance's 1,024). */
class StreamSpreadTest extends FakeStreamFixture {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void whenMoreThan1024SymbolsAreWatchedThenTheyAreSpreadOverConnectionsOfAtMost1024() throws Exception {
        watcher.symbols.addAll(symbols(1, 2_500));
        start();

        // 2,500 = 1,024 + 1,024 + 452: three connections.
        Eventually.within(WAIT, "every symbol followed", () -> stream.followed().size() == 2_500);
        assertThat(binance.openConnections()).isEqualTo(3);
        assertThat(binance.streamsPerConnection()).containsExactlyInAnyOrder(1_024, 1_024, 452);
        assertThat(binance.refusedSubscriptions()).isZero();
        assertThat(meters.get("robson.stream.connections").gauge().value()).isEqualTo(3.0);

        // The last symbol sits on the third connection; its price arrives like any other.
        assertThat(binance.publish("S2500USDC", "1.00", "1.01")).isEqualTo(1);
        Quote quote = watcher.quotes.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(quote).isNotNull();
        assertThat(quote.symbol()).isEqualTo("S2500USDC");
    }

    @Test
    void whenWatchedSymbolsShrinkAndGrowThenConnectionsCloseAndOpenWithoutMovingTheOthers() {
        watcher.symbols.addAll(symbols(1, 2_048));
        start();
        Eventually.within(WAIT, "two full connections", () -> stream.followed().size() == 2_048);
        int opened = binance.connections();

        // S0001..S1024 fill the first connection (names in order): dropping the second half empties the second.
        watcher.symbols.removeAll(symbols(1_025, 2_048));
        Eventually.within(WAIT, "the emptied connection hung up", () -> binance.openConnections() == 1);
        assertThat(stream.followed()).hasSize(1_024);

        watcher.symbols.addAll(symbols(3_001, 3_100));
        Eventually.within(WAIT, "new symbols followed", () -> stream.followed().size() == 1_124);
        assertThat(binance.streamsPerConnection()).containsExactlyInAnyOrder(1_024, 100);
        // Only one connection was opened for them; the first one was never replaced.
        assertThat(binance.connections()).isEqualTo(opened + 1);
    }

    @Test
    void whenEveryConnectionDropsThenEachComesBackWithItsOwnSymbols() {
        watcher.symbols.addAll(symbols(1, 1_500));
        start();
        Eventually.within(WAIT, "connected", () -> stream.followed().size() == 1_500);

        binance.dropConnections();

        Eventually.within(
                WAIT,
                "both connections replaced",
                () -> meters.counter("robson.stream.reconnects").count() == 2.0);
        Eventually.within(WAIT, "only the new connections open", () -> binance.openConnections() == 2);
        assertThat(binance.connections()).isEqualTo(4);
        assertThat(binance.streamsPerConnection()).containsExactlyInAnyOrder(1_024, 476);
    }

    @Test
    void lanesKeepTheirSymbolsAndFillTheFirstWithRoom() {
        // Worked by hand with a limit of 2: {A,B} {C} stay; D fills the second; E opens a third.
        var plan = StreamLanes.assign(Set.of("A", "B", "C", "D", "E"), List.of(Set.of("A", "B"), Set.of("C")), 2);
        assertThat(plan).containsExactly(Set.of("A", "B"), Set.of("C", "D"), Set.of("E"));

        // B dropped: its place goes to the newcomer, the emptied lane stays empty (to be hung up).
        plan = StreamLanes.assign(Set.of("A", "F"), List.of(Set.of("A", "B"), Set.of("C")), 2);
        assertThat(plan).containsExactly(Set.of("A", "F"), Set.of());
    }

    private void start() {
        start(QUICK, Clock.systemUTC());
    }

    /** S0001USDC, S0002USDC, …: names sort in number order. */
    private static Set<String> symbols(int from, int to) {
        Set<String> names = new TreeSet<>();
        IntStream.rangeClosed(from, to).forEach(n -> names.add(String.format("S%04dUSDC", n)));
        return names;
    }
}
