package dev.robson.server.exchange.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.LongUnaryOperator;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    /** Always the longest delay a step allows. */
    private static final RandomGenerator LONGEST = drawing(bound -> bound - 1);

    /** Always the shortest. */
    private static final RandomGenerator SHORTEST = drawing(bound -> 0);

    /** A generator whose every bounded draw is what {@code pick} makes of the bound. */
    private static RandomGenerator drawing(LongUnaryOperator pick) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return pick.applyAsLong(bound);
            }
        };
    }

    @Test
    void whenAttemptsKeepFailingThenTheDelayDoublesFromHalfASecondUpToThirtySeconds() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), LONGEST);

        assertThat(Stream.generate(backoff::next).limit(9).map(Duration::toMillis))
                .containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L, 30_000L);
    }

    @Test
    void whenJitterDrawsItsLowestThenTheDelayIsHalfTheStep() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), SHORTEST);

        assertThat(Stream.generate(backoff::next).limit(3).map(Duration::toMillis))
                .containsExactly(250L, 500L, 1_000L);
    }

    @Test
    void whenResetThenTheNextDelayIsTheShortestAgain() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), LONGEST);
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void whenDrawnAtRandomThenEveryDelayLiesWithinItsStep() {
        ReconnectBackoff backoff =
                new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), RandomGenerator.getDefault());

        for (int i = 0; i < 1_000; i++) {
            backoff.reset();
            assertThat(backoff.next()).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
            assertThat(backoff.next()).isBetween(Duration.ofMillis(500), Duration.ofMillis(1_000));
        }
    }

    @Test
    void whenTheBoundsAreBackwardsThenItRefusesToStart() {
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), SHORTEST))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
